package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.shared.model.Actor;

/** An item's like count (public) and whether the caller likes it; NotFound for an unknown item. */
public interface GetLikesUseCase {
  Engagement getLikes(Actor actor, CatalogItem item);
}
