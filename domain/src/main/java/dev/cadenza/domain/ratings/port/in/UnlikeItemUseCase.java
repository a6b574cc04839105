package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.Engagement;

/** A signed-in user takes their like back; without one nothing changes. Answers the figures after the change. */
public interface UnlikeItemUseCase {
  Engagement unlikeItem(LikeCommand command);
}
