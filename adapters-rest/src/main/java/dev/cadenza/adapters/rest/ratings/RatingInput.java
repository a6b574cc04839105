package dev.cadenza.adapters.rest.ratings;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a new rating (documentation only: the body is read member by member, see {@link RatingsWire}). */
@Schema(name = "RatingInput", description = "A new rating.")
public record RatingInput(
    @Schema(description = "An integer 1..10 (half stars: 10 = five stars); anything else answers 422.",
        example = "9", minimum = "1", maximum = "10", requiredMode = Schema.RequiredMode.REQUIRED) Integer score,
    @Schema(description = "Up to 2,000 characters (line breaks and tabs kept, no other control characters); "
        + "null or blank means none.", example = "Timeless.", nullable = true,
        maxLength = 2000) String comment) {
}
