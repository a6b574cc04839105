package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Collection;
import java.util.Map;

/**
 * The figures of items the caller already has in hand (a song, a page of albums), in one call: for
 * showing them beside the catalog's own fields. Does not check that the items exist; every item asked
 * for is in the answer (with zero figures when nothing is known about it).
 */
public interface GetEngagementUseCase {
  Map<CatalogItem, Engagement> getEngagement(Actor actor, Collection<CatalogItem> items);
}
