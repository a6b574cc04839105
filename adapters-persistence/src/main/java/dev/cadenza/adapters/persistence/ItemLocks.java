package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.ItemKind;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The lock order of the ratings tables: a write of a like or a rating first takes {@code FOR KEY
 * SHARE} on its song or album row, before any row of {@code *_likes}, {@code *_ratings} or
 * {@code *_stats}. Deleting the song or album takes {@code FOR UPDATE} on that row first, and its
 * cascade then deletes those rows; with both starting at the item, one waits for the other instead
 * of each holding a row the other needs (a deadlock, answered 500, before this order).
 */
interface ItemLocks extends SqlObject {

  /** Locks the item's row against deletion until the transaction ends; a missing item locks nothing. */
  default void lockItem(ItemKind kind, UUID item) {
    getHandle().createQuery("SELECT 1 FROM " + ItemTables.items(kind) + " WHERE id = :id FOR KEY SHARE")
        .bind("id", item).mapTo(Integer.class).findOne();
  }
}
