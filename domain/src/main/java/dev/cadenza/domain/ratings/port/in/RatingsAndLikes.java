package dev.cadenza.domain.ratings.port.in;

import java.util.Objects;

/**
 * Every incoming port of the ratings context (ratings, likes, charts), as one value a driving
 * adapter can be handed. Built by {@code dev.cadenza.domain.ratings.service.RatingsServices}.
 */
public record RatingsAndLikes(
    RateItemUseCase rateItem,
    GetRatingUseCase getRating,
    UpdateRatingUseCase updateRating,
    DeleteRatingUseCase deleteRating,
    ListRatingsUseCase listRatings,
    LikeItemUseCase likeItem,
    UnlikeItemUseCase unlikeItem,
    GetLikesUseCase getLikes,
    GetEngagementUseCase getEngagement,
    GetChartUseCase getChart) {

  public RatingsAndLikes {
    Objects.requireNonNull(rateItem, "rateItem");
    Objects.requireNonNull(getRating, "getRating");
    Objects.requireNonNull(updateRating, "updateRating");
    Objects.requireNonNull(deleteRating, "deleteRating");
    Objects.requireNonNull(listRatings, "listRatings");
    Objects.requireNonNull(likeItem, "likeItem");
    Objects.requireNonNull(unlikeItem, "unlikeItem");
    Objects.requireNonNull(getLikes, "getLikes");
    Objects.requireNonNull(getEngagement, "getEngagement");
    Objects.requireNonNull(getChart, "getChart");
  }
}
