package dev.cadenza.adapters.rest.music;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PATCH /albums/{id}}: a JSON merge patch (RFC 7396) of the album's values. */
@Schema(name = "AlbumPatch", description = "JSON merge patch: members left out keep their value; null clears "
    + "performer (and is refused for title and year).")
public record AlbumPatch(
    @Schema(example = "Kind of Blue", minLength = 1, maxLength = 200) String title,
    @Schema(nullable = true, example = "Miles Davis", minLength = 1, maxLength = 200) String performer,
    @Schema(example = "1959", minimum = "1000", description = "1000 up to next year.") Integer year) {
}
