package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.domain.ratings.model.RatingSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** How an item is rated, as every song and album representation shows it. */
@Schema(name = "RatingSummary", description = "The average score (1..10, two decimals) and how many ratings.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RatingSummaryJson(
    @Schema(description = "Average score, rounded half up to two decimals; null without ratings.", example = "8.67",
        nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
    BigDecimal average,
    @Schema(description = "How many ratings.", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
    long count) {

  public static RatingSummaryJson of(RatingSummary summary) {
    return new RatingSummaryJson(summary.average().orElse(null), summary.count());
  }
}
