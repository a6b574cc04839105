package dev.cadenza.adapters.rest.ratings;

import io.swagger.v3.oas.annotations.media.Schema;

/** A merge patch of a rating (documentation only). */
@Schema(name = "RatingPatch", description = "JSON merge patch: members left out keep their value; null clears the "
    + "comment.")
public record RatingPatch(
    @Schema(description = "An integer 1..10.", example = "7", minimum = "1", maximum = "10") Integer score,
    @Schema(description = "Up to 2,000 characters (line breaks and tabs kept, no other control characters); "
        + "null clears it.", nullable = true, maxLength = 2000) String comment) {
}
