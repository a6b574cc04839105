package dev.cadenza.domain.ratings.port.out;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Who likes which song or album: a set of (item, user) facts. */
public interface LikeRepository {

  /**
   * Records that {@code user} likes {@code item}; returns false when they did already (nothing
   * changes). May throw {@link dev.cadenza.domain.shared.model.NotFoundException} when the store
   * knows that the item does not exist.
   */
  boolean add(CatalogItem item, UserId user, Instant at);

  /** Forgets that {@code user} likes {@code item}; returns false when they did not. */
  boolean remove(CatalogItem item, UserId user);

  /** Which of {@code items} {@code user} likes. */
  Set<CatalogItem> likedBy(UserId user, Collection<CatalogItem> items);
}
