package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.port.in.GetRatingUseCase;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.NotFoundException;

public final class GetRatingService implements GetRatingUseCase {

  private final RatingRepository ratings;

  public GetRatingService(RatingRepository ratings) {
    this.ratings = ratings;
  }

  @Override
  public Rating getRating(CatalogItem item, RatingId id) {
    return ratings.findById(item, id).orElseThrow(() -> new NotFoundException(RatingsSupport.RATING, id.toString()));
  }
}
