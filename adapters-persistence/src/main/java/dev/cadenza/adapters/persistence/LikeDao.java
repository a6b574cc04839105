package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.ItemKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The statements on {@code song_likes} and {@code album_likes}; used on demand. */
interface LikeDao extends ItemLocks {

  /** 1 when the like is new, 0 when it existed. */
  default int insert(ItemKind kind, UUID item, UUID user, OffsetDateTime at) {
    return getHandle().createUpdate("INSERT INTO " + ItemTables.likes(kind)
            + " (item_id, user_id, created_at) VALUES (:item, :user, :at) ON CONFLICT DO NOTHING")
        .bind("item", item).bind("user", user).bind("at", at)
        .execute();
  }

  default int delete(ItemKind kind, UUID item, UUID user) {
    return getHandle().createUpdate("DELETE FROM " + ItemTables.likes(kind) + " WHERE item_id = :item AND user_id = :user")
        .bind("item", item).bind("user", user)
        .execute();
  }

  default List<UUID> likedBy(ItemKind kind, UUID user, List<UUID> items) {
    return getHandle().createQuery("SELECT item_id FROM " + ItemTables.likes(kind)
            + " WHERE user_id = :user AND item_id = ANY(:items)")
        .bind("user", user).bindArray("items", UUID.class, items)
        .mapTo(UUID.class)
        .list();
  }
}
