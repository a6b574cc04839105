package dev.cadenza.adapters.rest.music;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /songs} and {@code PUT /songs/{id}}; the domain validates the values. */
@Schema(name = "SongInput", description = "A song's values. On PUT, optional fields left out are cleared.")
public record SongInput(
    @Schema(description = "1..200 characters.", example = "So What", minLength = 1, maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
    String title,
    @Schema(description = "1..200 characters.", example = "Miles Davis", minLength = 1, maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
    String performer,
    @Schema(description = "1..50 characters.", example = "Jazz", minLength = 1, maxLength = 50, requiredMode = Schema.RequiredMode.REQUIRED)
    String genre,
    @Schema(description = "1000 up to next year.", example = "1959", minimum = "1000", requiredMode = Schema.RequiredMode.REQUIRED)
    Integer year,
    @Schema(description = "0..86400 whole seconds.", example = "562", nullable = true, minimum = "0", maximum = "86400")
    Integer durationSeconds,
    @Schema(description = "The id of an existing album.", nullable = true, format = "uuid",
        example = "01890a5d-ac96-774b-bcce-b302099a8058")
    String albumId) {
}
