package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.ItemKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements on {@code song_ratings} and {@code album_ratings}, the table chosen by kind
 * ({@link ItemTables}). Used on demand, so each call joins the thread's open handle.
 */
interface RatingDao extends ItemLocks {

  /** Under a savepoint ({@link UniqueViolations#write}): a duplicate leaves the transaction usable. */
  default void insert(ItemKind kind, RatingRow row) {
    UniqueViolations.write(getHandle(), () -> row.bindTo(getHandle().createUpdate("INSERT INTO "
        + ItemTables.ratings(kind) + " (" + RatingRow.COLUMNS
        + ") VALUES (:id, :itemId, :authorId, :score, :comment, :version, :createdAt, :updatedAt)")).execute());
  }

  default Optional<RatingRow> find(ItemKind kind, UUID itemId, UUID id, boolean forUpdate) {
    return getHandle().createQuery("SELECT " + RatingRow.COLUMNS + " FROM " + ItemTables.ratings(kind)
            + " WHERE id = :id AND item_id = :itemId" + (forUpdate ? " FOR UPDATE" : ""))
        .bind("id", id).bind("itemId", itemId)
        .mapTo(RatingRow.class)
        .findOne();
  }

  default Optional<RatingRow> findByAuthor(ItemKind kind, UUID itemId, UUID authorId) {
    return getHandle().createQuery("SELECT " + RatingRow.COLUMNS + " FROM " + ItemTables.ratings(kind)
            + " WHERE item_id = :itemId AND author_id = :authorId")
        .bind("itemId", itemId).bind("authorId", authorId)
        .mapTo(RatingRow.class)
        .findOne();
  }

  /** Writes {@code row} over the version before it; 0 when the stored version is another. */
  default int update(ItemKind kind, RatingRow row) {
    return row.bindTo(getHandle().createUpdate("UPDATE " + ItemTables.ratings(kind)
        + " SET score = :score, comment = :comment, version = :version, updated_at = :updatedAt"
        + " WHERE id = :id AND item_id = :itemId AND version = :version - 1")).execute();
  }

  default int delete(ItemKind kind, UUID itemId, UUID id) {
    return getHandle().createUpdate("DELETE FROM " + ItemTables.ratings(kind) + " WHERE id = :id AND item_id = :itemId")
        .bind("id", id).bind("itemId", itemId)
        .execute();
  }

  /** Newest first: the item's ratings with an id below {@code before} (all when null), at most {@code limit}. */
  default List<RatingRow> list(ItemKind kind, UUID itemId, UUID before, int limit) {
    return getHandle().createQuery("SELECT " + RatingRow.COLUMNS + " FROM " + ItemTables.ratings(kind)
            + " WHERE item_id = :itemId" + (before == null ? "" : " AND id < :before") + " ORDER BY id DESC LIMIT :limit")
        .bind("itemId", itemId).bindByType("before", before, UUID.class).bind("limit", limit)
        .mapTo(RatingRow.class)
        .list();
  }

  default long count(ItemKind kind, UUID itemId) {
    return getHandle().createQuery("SELECT count(*) FROM " + ItemTables.ratings(kind) + " WHERE item_id = :itemId")
        .bind("itemId", itemId)
        .mapTo(Long.class)
        .one();
  }
}
