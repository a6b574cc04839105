package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.shared.model.Page;

/** The ratings of an item, newest first, a page at a time; NotFound for an unknown item. */
public interface ListRatingsUseCase {
  Page<Rating> listRatings(ListRatingsQuery query);
}
