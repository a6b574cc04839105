package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.domain.ratings.model.Rating;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.format.DateTimeFormatter;

/** A rating as the API shows it. */
@Schema(name = "Rating", description = "One user's rating of a song or an album.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "itemType", "itemId", "authorId", "score", "comment", "version", "createdAt", "updatedAt"})
public record RatingJson(
    @Schema(description = "Opaque id.", requiredMode = Schema.RequiredMode.REQUIRED) String id,
    @Schema(description = "What is rated.", allowableValues = {"song", "album"},
        requiredMode = Schema.RequiredMode.REQUIRED) String itemType,
    @Schema(description = "The song's or album's id.", requiredMode = Schema.RequiredMode.REQUIRED) String itemId,
    @Schema(description = "The user who rated.", requiredMode = Schema.RequiredMode.REQUIRED) String authorId,
    @Schema(description = "1..10 half stars (10 = five stars).", example = "9", minimum = "1", maximum = "10",
        requiredMode = Schema.RequiredMode.REQUIRED) int score,
    @Schema(description = "Up to 2,000 characters; null when none.", nullable = true,
        requiredMode = Schema.RequiredMode.REQUIRED) String comment,
    @Schema(description = "Goes up by one with every change; the ETag is this number in quotes.", example = "1",
        requiredMode = Schema.RequiredMode.REQUIRED) long version,
    @Schema(description = "ISO-8601 UTC.", requiredMode = Schema.RequiredMode.REQUIRED) String createdAt,
    @Schema(description = "ISO-8601 UTC.", requiredMode = Schema.RequiredMode.REQUIRED) String updatedAt) {

  public static RatingJson of(Rating r) {
    return new RatingJson(r.id().toString(), r.item().kind().wireName(), r.item().id().toString(),
        r.author().toString(), r.score().value(), r.details().comment(), r.version(),
        DateTimeFormatter.ISO_INSTANT.format(r.createdAt()), DateTimeFormatter.ISO_INSTANT.format(r.updatedAt()));
  }
}
