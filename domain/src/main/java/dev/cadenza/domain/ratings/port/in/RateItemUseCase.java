package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.Rating;

/**
 * A signed-in user rates a song or an album. NotFound for an unknown item;
 * {@link dev.cadenza.domain.ratings.model.DuplicateRatingException} when the user rated it already
 * (also when two requests race: exactly one succeeds).
 */
public interface RateItemUseCase {
  Rating rateItem(RateItemCommand command);
}
