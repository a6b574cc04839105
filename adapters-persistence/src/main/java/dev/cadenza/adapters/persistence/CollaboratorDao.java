package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements on {@code playlist_collaborators}. */
interface CollaboratorDao extends SqlObject {

  @SqlUpdate("INSERT INTO playlist_collaborators (" + CollaboratorRow.COLUMNS
      + ") VALUES (:playlistId, :userId, :role, :addedAt)")
  void insert(@Bind("playlistId") UUID playlistId, @Bind("userId") UUID userId, @Bind("role") String role,
              @Bind("addedAt") OffsetDateTime addedAt);

  @SqlUpdate("UPDATE playlist_collaborators SET role = :role WHERE playlist_id = :playlistId AND user_id = :userId")
  int updateRole(@Bind("playlistId") UUID playlistId, @Bind("userId") UUID userId, @Bind("role") String role);

  @SqlQuery("SELECT " + CollaboratorRow.COLUMNS + " FROM playlist_collaborators"
      + " WHERE playlist_id = :playlistId AND user_id = :userId")
  Optional<CollaboratorRow> find(@Bind("playlistId") UUID playlistId, @Bind("userId") UUID userId);

  @SqlUpdate("DELETE FROM playlist_collaborators WHERE playlist_id = :playlistId AND user_id = :userId")
  int delete(@Bind("playlistId") UUID playlistId, @Bind("userId") UUID userId);

  /** In join order (then user id), after the given key when there is one. */
  default List<CollaboratorRow> findPage(UUID playlistId, OffsetDateTime afterAt, UUID afterUser, int limit) {
    var query = getHandle().createQuery("SELECT " + CollaboratorRow.COLUMNS + " FROM playlist_collaborators"
            + " WHERE playlist_id = :playlistId"
            + (afterAt == null ? "" : " AND (added_at, user_id) > (:afterAt, :afterUser)")
            + " ORDER BY added_at, user_id LIMIT :limit")
        .bind("playlistId", playlistId).bind("limit", limit);
    if (afterAt != null) {
      query.bind("afterAt", afterAt).bind("afterUser", afterUser);
    }
    return query.mapTo(CollaboratorRow.class).list();
  }

  @SqlQuery("SELECT count(*) FROM playlist_collaborators WHERE playlist_id = :playlistId")
  long count(@Bind("playlistId") UUID playlistId);
}
