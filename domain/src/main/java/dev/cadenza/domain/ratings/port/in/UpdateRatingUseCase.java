package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.Rating;

/** The author changes their rating; others are refused, unknown ratings are not found. */
public interface UpdateRatingUseCase {
  Rating updateRating(UpdateRatingCommand command);
}
