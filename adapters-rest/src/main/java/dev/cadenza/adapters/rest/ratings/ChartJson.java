package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ChartEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A chart. */
@Schema(name = "Chart", description = "The top songs or albums by rating or by likes, best first.")
public record ChartJson(
    @Schema(allowableValues = {"songs", "albums"}, requiredMode = Schema.RequiredMode.REQUIRED) String type,
    @Schema(allowableValues = {"rating", "likes"}, requiredMode = Schema.RequiredMode.REQUIRED) String by,
    @Schema(description = "Ratings an item needs to chart; charts by rating only (absent from charts by likes,"
        + " where every liked item counts).", example = "3")
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer minimumRatings,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Entry> items) {

  /** One rank. */
  @Schema(name = "ChartEntry", description = "One rank of a chart and the score behind it.")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(
      @Schema(example = "1", requiredMode = Schema.RequiredMode.REQUIRED) int rank,
      @Schema(description = "The song's or album's id.", requiredMode = Schema.RequiredMode.REQUIRED) String id,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
      @Schema(description = "Null for albums without one.", nullable = true,
          requiredMode = Schema.RequiredMode.REQUIRED) String performer,
      @Schema(description = "What the rank is based on: the average score (by rating) or the like count (by likes).",
          example = "9.33", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal score,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RatingSummaryJson rating,
      @Schema(example = "17", requiredMode = Schema.RequiredMode.REQUIRED) long likes) {
  }

  public static ChartJson of(Chart chart) {
    Integer minimum = chart.by() == ChartBy.RATING ? chart.minimumRatings() : null;
    return new ChartJson(chart.kind().wireName() + "s", chart.by().wireName(), minimum,
        chart.entries().stream().map(e -> entry(chart, e)).toList());
  }

  private static Entry entry(Chart chart, ChartEntry e) {
    return new Entry(e.rank(), e.item().id().toString(), e.title(), e.performer(), e.score(chart.by()),
        RatingSummaryJson.of(e.stats().rating()), e.stats().likes());
  }
}
