package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The statements on {@code playlist_activity}. */
interface PlaylistActivityDao extends SqlObject {

  String INSERT = "INSERT INTO playlist_activity (" + PlaylistActivityRow.COLUMNS + ") VALUES (:id, :playlistId, :at,"
      + " :actor, :action, :songId, :songTitle, :songPerformer, :songDurationSeconds, CAST(:before AS jsonb),"
      + " CAST(:after AS jsonb))";

  default void insert(PlaylistActivityRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  /** The rows in one batch: one round trip. */
  default void insertAll(List<PlaylistActivityRow> rows) {
    PreparedBatch batch = getHandle().prepareBatch(INSERT);
    for (PlaylistActivityRow row : rows) {
      row.bindTo(batch).add();
    }
    batch.execute();
  }

  /** Oldest first, after the given key when there is one. */
  default List<PlaylistActivityRow> findPage(UUID playlistId, OffsetDateTime afterAt, UUID afterId, int limit) {
    var query = getHandle().createQuery("SELECT " + PlaylistActivityRow.COLUMNS + " FROM playlist_activity"
            + " WHERE playlist_id = :playlistId"
            + (afterAt == null ? "" : " AND (at, id) > (:afterAt, :afterId)")
            + " ORDER BY at, id LIMIT :limit")
        .bind("playlistId", playlistId).bind("limit", limit);
    if (afterAt != null) {
      query.bind("afterAt", afterAt).bind("afterId", afterId);
    }
    return query.mapTo(PlaylistActivityRow.class).list();
  }

  @SqlQuery("SELECT count(*) FROM playlist_activity WHERE playlist_id = :playlistId")
  long count(@Bind("playlistId") UUID playlistId);
}
