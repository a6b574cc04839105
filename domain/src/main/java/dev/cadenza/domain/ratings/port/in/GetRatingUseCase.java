package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingId;

/** One rating of an item, public; NotFound when the item has no rating with this id. */
public interface GetRatingUseCase {
  Rating getRating(CatalogItem item, RatingId id);
}
