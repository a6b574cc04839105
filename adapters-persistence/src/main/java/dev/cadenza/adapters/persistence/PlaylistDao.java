package dev.cadenza.adapters.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code playlists}. Used on demand, so each call joins the thread's open handle;
 * rows are bound and mapped by hand, as in {@link SongDao}.
 */
interface PlaylistDao extends SqlObject {

  String INSERT = "INSERT INTO playlists (" + PlaylistRow.COLUMNS + ") VALUES (:id, :ownerId, :name, :description,"
      + " :visibility, :entryCount, :version, :createdAt, :updatedAt)";
  String UPDATE = "UPDATE playlists SET name = :name, description = :description, visibility = :visibility,"
      + " entry_count = :entryCount, version = :version, updated_at = :updatedAt"
      + " WHERE id = :id AND version = :storedVersion";

  default void insert(PlaylistRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  @SqlQuery("SELECT " + PlaylistRow.COLUMNS + " FROM playlists WHERE id = :id")
  Optional<PlaylistRow> findById(@Bind("id") UUID id);

  default List<PlaylistRow> findAllById(Collection<UUID> ids) {
    return getHandle().createQuery("SELECT " + PlaylistRow.COLUMNS + " FROM playlists WHERE id = ANY(:ids)")
        .bindArray("ids", UUID.class, ids).mapTo(PlaylistRow.class).list();
  }

  @SqlQuery("SELECT " + PlaylistRow.COLUMNS + " FROM playlists WHERE id = :id FOR UPDATE")
  Optional<PlaylistRow> findByIdForUpdate(@Bind("id") UUID id);

  /** Writes {@code row} over {@code storedVersion}; 0 when the stored version is another. */
  default int update(PlaylistRow row, long storedVersion) {
    return row.bindTo(getHandle().createUpdate(UPDATE)).bind("storedVersion", storedVersion).execute();
  }

  /** Entries, collaborators and activity go by their foreign keys' cascades. */
  @SqlUpdate("DELETE FROM playlists WHERE id = :id")
  int delete(@Bind("id") UUID id);

  @SqlQuery("SELECT count(*) FROM playlists WHERE owner_id = :owner")
  long countByOwner(@Bind("owner") UUID owner);

  /**
   * The user's playlists, owned and collaborating, newest first, after {@code afterId} when given: each
   * branch walks its own index backwards and stops at {@code limit}, then the two are merged.
   */
  default List<Map.Entry<PlaylistRow, String>> findByMember(UUID user, UUID afterId, int limit) {
    String ownedAfter = afterId == null ? "" : " AND p.id < :afterId";
    String sharedAfter = afterId == null ? "" : " AND c.playlist_id < :afterId";
    String sql = "SELECT * FROM ("
        + "(SELECT " + PlaylistRow.columns("p") + ", 'owner' AS role FROM playlists p"
        + " WHERE p.owner_id = :user" + ownedAfter + " ORDER BY p.id DESC LIMIT :limit)"
        + " UNION ALL "
        + "(SELECT " + PlaylistRow.columns("p") + ", c.role FROM playlist_collaborators c"
        + " JOIN playlists p ON p.id = c.playlist_id"
        + " WHERE c.user_id = :user" + sharedAfter + " ORDER BY c.playlist_id DESC LIMIT :limit)"
        + ") member ORDER BY id DESC LIMIT :limit";
    PlaylistRowMapper playlist = new PlaylistRowMapper();
    var query = getHandle().createQuery(sql).bind("user", user).bind("limit", limit);
    if (afterId != null) {
      query.bind("afterId", afterId);
    }
    return query.map((rs, ctx) -> Map.entry(playlist.map(rs, ctx), rs.getString("role"))).list();
  }

  @SqlQuery("SELECT (SELECT count(*) FROM playlists WHERE owner_id = :user)"
      + " + (SELECT count(*) FROM playlist_collaborators WHERE user_id = :user)")
  long countByMember(@Bind("user") UUID user);

  /** The owner's public playlists, newest first, after {@code afterId} when given. */
  default List<PlaylistRow> findPublicByOwner(UUID owner, UUID afterId, int limit) {
    var query = getHandle().createQuery("SELECT " + PlaylistRow.COLUMNS + " FROM playlists"
            + " WHERE owner_id = :owner AND visibility = 'public'" + (afterId == null ? "" : " AND id < :afterId")
            + " ORDER BY id DESC LIMIT :limit")
        .bind("owner", owner).bind("limit", limit);
    if (afterId != null) {
      query.bind("afterId", afterId);
    }
    return query.mapTo(PlaylistRow.class).list();
  }

  @SqlQuery("SELECT count(*) FROM playlists WHERE owner_id = :owner AND visibility = 'public'")
  long countPublicByOwner(@Bind("owner") UUID owner);
}
