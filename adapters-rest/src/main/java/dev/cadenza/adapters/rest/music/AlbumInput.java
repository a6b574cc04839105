package dev.cadenza.adapters.rest.music;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /albums} and {@code PUT /albums/{id}}; the domain validates the values. */
@Schema(name = "AlbumInput", description = "An album's values. On PUT, a performer left out is cleared.")
public record AlbumInput(
    @Schema(description = "1..200 characters.", example = "Kind of Blue", minLength = 1, maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
    String title,
    @Schema(description = "1..200 characters; leave out for compilations.", example = "Miles Davis", nullable = true,
        minLength = 1, maxLength = 200)
    String performer,
    @Schema(description = "1000 up to next year.", example = "1959", minimum = "1000", requiredMode = Schema.RequiredMode.REQUIRED)
    Integer year) {
}
