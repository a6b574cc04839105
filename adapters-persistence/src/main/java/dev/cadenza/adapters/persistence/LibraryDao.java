package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements on {@code library_songs}. */
interface LibraryDao extends SqlObject {

  /** 1 when saved now, 0 when it was saved already. */
  @SqlUpdate("INSERT INTO library_songs (" + LibrarySongRow.COLUMNS + ") VALUES (:userId, :songId, :addedAt,"
      + " :listenedAt) ON CONFLICT (user_id, song_id) DO NOTHING")
  int insert(@Bind("userId") UUID userId, @Bind("songId") UUID songId, @Bind("addedAt") OffsetDateTime addedAt,
             @Bind("listenedAt") OffsetDateTime listenedAt);

  @SqlQuery("SELECT " + LibrarySongRow.COLUMNS + " FROM library_songs WHERE user_id = :userId AND song_id = :songId")
  Optional<LibrarySongRow> find(@Bind("userId") UUID userId, @Bind("songId") UUID songId);

  @SqlQuery("SELECT " + LibrarySongRow.COLUMNS + " FROM library_songs WHERE user_id = :userId AND song_id = :songId"
      + " FOR UPDATE")
  Optional<LibrarySongRow> findForUpdate(@Bind("userId") UUID userId, @Bind("songId") UUID songId);

  @SqlUpdate("UPDATE library_songs SET listened_at = :listenedAt WHERE user_id = :userId AND song_id = :songId")
  int updateListened(@Bind("userId") UUID userId, @Bind("songId") UUID songId,
                     @Bind("listenedAt") OffsetDateTime listenedAt);

  @SqlUpdate("DELETE FROM library_songs WHERE user_id = :userId AND song_id = :songId")
  int delete(@Bind("userId") UUID userId, @Bind("songId") UUID songId);

  @SqlUpdate("DELETE FROM library_songs WHERE song_id = :songId")
  int deleteSong(@Bind("songId") UUID songId);

  /** Newest saves first, after the given key when there is one, optionally only (not) listened. */
  default List<LibrarySongRow> findPage(UUID userId, Boolean listened, OffsetDateTime beforeAt, UUID beforeSong,
                                        int limit) {
    StringBuilder sql = new StringBuilder("SELECT ").append(LibrarySongRow.VIEW_COLUMNS)
        .append(" FROM library_songs l JOIN songs s ON s.id = l.song_id WHERE l.user_id = :userId");
    if (listened != null) {
      sql.append(listened ? " AND l.listened_at IS NOT NULL" : " AND l.listened_at IS NULL");
    }
    if (beforeAt != null) {
      sql.append(" AND (l.added_at, l.song_id) < (:beforeAt, :beforeSong)");
    }
    sql.append(" ORDER BY l.added_at DESC, l.song_id DESC LIMIT :limit");
    var query = getHandle().createQuery(sql.toString()).bind("userId", userId).bind("limit", limit);
    if (beforeAt != null) {
      query.bind("beforeAt", beforeAt).bind("beforeSong", beforeSong);
    }
    return query.mapTo(LibrarySongRow.class).list();
  }

  default long count(UUID userId, Boolean listened) {
    String filter = listened == null ? "" : listened ? " AND listened_at IS NOT NULL" : " AND listened_at IS NULL";
    return getHandle().createQuery("SELECT count(*) FROM library_songs WHERE user_id = :userId" + filter)
        .bind("userId", userId).mapTo(Long.class).one();
  }

  /** Saved and listened counts, in one scan. */
  default long[] counts(UUID userId) {
    return getHandle().createQuery("SELECT count(*) AS saved, count(listened_at) AS listened FROM library_songs"
            + " WHERE user_id = :userId")
        .bind("userId", userId)
        .map((rs, ctx) -> new long[] {rs.getLong("saved"), rs.getLong("listened")})
        .one();
  }
}
