package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.Engagement;

/** A signed-in user likes an item; liking it again changes nothing. Answers the figures after the change. */
public interface LikeItemUseCase {
  Engagement likeItem(LikeCommand command);
}
