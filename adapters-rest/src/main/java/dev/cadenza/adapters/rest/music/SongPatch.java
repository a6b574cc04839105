package dev.cadenza.adapters.rest.music;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PATCH /songs/{id}}: a JSON merge patch (RFC 7396) of the song's values. */
@Schema(name = "SongPatch", description = "JSON merge patch: members left out keep their value; null clears "
    + "durationSeconds or albumId (and is refused for required fields).")
public record SongPatch(
    @Schema(example = "So What", minLength = 1, maxLength = 200) String title,
    @Schema(example = "Miles Davis", minLength = 1, maxLength = 200) String performer,
    @Schema(example = "Jazz", minLength = 1, maxLength = 50) String genre,
    @Schema(example = "1959", minimum = "1000", description = "1000 up to next year.") Integer year,
    @Schema(nullable = true, example = "562", minimum = "0", maximum = "86400") Integer durationSeconds,
    @Schema(nullable = true, format = "uuid", example = "01890a5d-ac96-774b-bcce-b302099a8058") String albumId) {
}
