package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code songs}. Used on demand, so each call joins the thread's open handle.
 * Rows are bound and mapped by hand ({@link SongRow#bindTo}, {@link SongRowMapper} registered by
 * {@link CadenzaJdbi}): Jdbi's reflection cannot reach package-private types.
 */
interface SongDao extends SqlObject {

  String INSERT = "INSERT INTO songs (" + SongRow.COLUMNS + ") VALUES (:id, :title, :titleFold, :performer,"
      + " :performerFold, :genre, :genreFold, :year, :durationSeconds, :albumId, :version, :createdAt, :updatedAt)";
  String UPDATE = "UPDATE songs SET title = :title, title_fold = :titleFold, performer = :performer,"
      + " performer_fold = :performerFold, genre = :genre, genre_fold = :genreFold, year = :year,"
      + " duration_seconds = :durationSeconds, album_id = :albumId, version = :version, updated_at = :updatedAt"
      + " WHERE id = :id AND version = :version - 1";

  default void insert(SongRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  @SqlQuery("SELECT " + SongRow.COLUMNS + " FROM songs WHERE id = :id")
  Optional<SongRow> findById(@Bind("id") UUID id);

  default List<SongRow> findAllById(Collection<UUID> ids) {
    return getHandle().createQuery("SELECT " + SongRow.COLUMNS + " FROM songs WHERE id = ANY(:ids)")
        .bindArray("ids", UUID.class, ids).mapTo(SongRow.class).list();
  }

  @SqlQuery("SELECT " + SongRow.COLUMNS + " FROM songs WHERE id = :id FOR UPDATE")
  Optional<SongRow> findByIdForUpdate(@Bind("id") UUID id);

  /** Writes {@code row} over the version before it; 0 when the stored version is another. */
  default int update(SongRow row) {
    return row.bindTo(getHandle().createUpdate(UPDATE)).execute();
  }

  @SqlUpdate("DELETE FROM songs WHERE id = :id")
  int delete(@Bind("id") UUID id);

  @SqlUpdate("UPDATE songs SET album_id = NULL, version = version + 1, updated_at = :at WHERE album_id = :albumId")
  int detachFromAlbum(@Bind("albumId") UUID albumId, @Bind("at") OffsetDateTime at);

  /** Songs per album for the albums that have any. */
  default Map<UUID, Long> countByAlbum(Collection<UUID> albumIds) {
    Map<UUID, Long> counts = new HashMap<>();
    getHandle().createQuery("SELECT album_id, count(*) AS songs FROM songs WHERE album_id = ANY(:ids) GROUP BY album_id")
        .bindArray("ids", UUID.class, albumIds)
        .map((rs, ctx) -> Map.entry(rs.getObject("album_id", UUID.class), rs.getLong("songs")))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** The rows matching {@code where}, in {@code orderBy}, at most {@code limit}. */
  default List<SongRow> search(Where where, String orderBy, int limit) {
    return where.bindTo(SearchLimits.limited(getHandle().createQuery(searchSql(where, orderBy))))
        .bind("limit", limit)
        .mapTo(SongRow.class)
        .list();
  }

  /**
   * Like {@link #search} for the ranked orders ({@code rating}, {@code likes}): joined 1:1 with the
   * stats rows, whose columns come back beside each row.
   */
  default List<Ranking.Ranked<SongRow>> searchRanked(Where where, String orderBy, int limit) {
    SongRowMapper rows = new SongRowMapper();
    return where.bindTo(SearchLimits.limited(getHandle().createQuery(rankedSearchSql(where, orderBy))))
        .bind("limit", limit)
        .map((rs, ctx) -> new Ranking.Ranked<>(rows.map(rs, ctx), Ranking.read(rs)))
        .list();
  }

  /** The statement of {@link #searchRanked}, with its {@code :limit} parameter. */
  static String rankedSearchSql(Where where, String orderBy) {
    return "SELECT " + SongRow.COLUMNS + ", " + Ranking.COLUMNS + " FROM songs JOIN song_stats ON song_stats.item_id = songs.id"
        + where.sql() + orderBy + " LIMIT :limit";
  }

  /** The statement of {@link #search}, with its {@code :limit} parameter. */
  static String searchSql(Where where, String orderBy) {
    // The page's ids first, so that PostgreSQL can test the conditions on the index alone (an
    // index-only scan); only the rows of the page are then read from the table. Selecting every
    // column at once makes it fetch each row the index walk passes, matching or not.
    return "SELECT " + SongRow.COLUMNS + " FROM songs WHERE id IN (SELECT id FROM songs" + where.sql() + orderBy
        + " LIMIT :limit)" + orderBy;
  }

  default long count(Where where) {
    return where.bindTo(SearchLimits.limited(getHandle().createQuery("SELECT count(*) FROM songs" + where.sql())))
        .mapTo(Long.class)
        .one();
  }
}
