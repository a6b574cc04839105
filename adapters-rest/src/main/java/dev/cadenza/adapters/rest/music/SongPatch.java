package dev.cadenza.adapters.rest.music;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PATCH /songs/{id}}: a JSON merge patch (RFC 7396) of the song's values. */
@Schema(name = "SongPatch", description = "JSON merge patch: members left out keep their value; null clears "
    + "durationSeconds or albumId (and is refused for required fields).")
public record SongPatch(
    @Schema(example = "So What") String title,
    @Schema(example = "Miles Davis") String performer,
    @Schema(example = "Jazz") String genre,
    @Schema(example = "1959") Integer year,
    @Schema(nullable = true, example = "562") Integer durationSeconds,
    @Schema(nullable = true, format = "uuid", example = "01890a5d-ac96-774b-bcce-b302099a8058") String albumId) {
}
