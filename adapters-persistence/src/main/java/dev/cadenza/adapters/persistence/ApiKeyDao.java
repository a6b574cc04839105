package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code api_keys}. Used on demand, so each call joins the thread's open handle;
 * rows are bound and mapped by hand, as in {@link SongDao}.
 */
interface ApiKeyDao extends SqlObject {

  String INSERT = "INSERT INTO api_keys (" + ApiKeyRow.COLUMNS + ") VALUES (:id, :ownerId, :name, :prefix,"
      + " :secretHash, :createdAt, :lastUsedAt, :revokedAt)";

  default void insert(ApiKeyRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  @SqlQuery("SELECT " + ApiKeyRow.COLUMNS + " FROM api_keys WHERE prefix = :prefix")
  Optional<ApiKeyRow> findByPrefix(@Bind("prefix") String prefix);

  @SqlQuery("SELECT " + ApiKeyRow.COLUMNS + " FROM api_keys WHERE id = :id")
  Optional<ApiKeyRow> findById(@Bind("id") UUID id);

  /** The owner's keys newest (highest UUIDv7) first, before {@code before} if given, at most {@code limit}. */
  default List<ApiKeyRow> listByOwner(UUID ownerId, UUID before, int limit) {
    Where where = new Where().and("owner_id = :ownerId", "ownerId", ownerId);
    if (before != null) {
      where.and("id < :before", "before", before);
    }
    return where.bindTo(getHandle().createQuery("SELECT " + ApiKeyRow.COLUMNS + " FROM api_keys" + where.sql()
            + " ORDER BY id DESC LIMIT :limit"))
        .bind("limit", limit)
        .mapTo(ApiKeyRow.class)
        .list();
  }

  @SqlQuery("SELECT count(*) FROM api_keys WHERE owner_id = :ownerId")
  long countByOwner(@Bind("ownerId") UUID ownerId);

  @SqlUpdate("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
  int revoke(@Bind("id") UUID id, @Bind("at") OffsetDateTime at);

  /** Records a use; never moves the time back (concurrent requests may touch out of order). */
  @SqlUpdate("UPDATE api_keys SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :at)")
  int touch(@Bind("id") UUID id, @Bind("at") OffsetDateTime at);
}
