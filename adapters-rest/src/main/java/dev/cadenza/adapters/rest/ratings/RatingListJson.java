package dev.cadenza.adapters.rest.ratings;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of ratings, newest first. */
@Schema(name = "RatingList", description = "One page of ratings, newest first.")
public record RatingListJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<RatingJson> items,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {

  public static RatingListJson of(Page<Rating> page, int limit) {
    return new RatingListJson(page.items().stream().map(RatingJson::of).toList(), PageJson.of(page, limit));
  }
}
