package dev.cadenza.adapters.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code albums}. Used on demand, so each call joins the thread's open handle;
 * rows are bound and mapped by hand, as in {@link SongDao}.
 */
interface AlbumDao extends SqlObject {

  String INSERT = "INSERT INTO albums (" + AlbumRow.COLUMNS + ") VALUES (:id, :title, :titleFold, :performer,"
      + " :performerFold, :year, :coverKey, :version, :createdAt, :updatedAt)";
  String UPDATE = "UPDATE albums SET title = :title, title_fold = :titleFold, performer = :performer,"
      + " performer_fold = :performerFold, year = :year, cover_key = :coverKey, version = :version,"
      + " updated_at = :updatedAt WHERE id = :id AND version = :version - 1";

  default void insert(AlbumRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  @SqlQuery("SELECT " + AlbumRow.COLUMNS + " FROM albums WHERE id = :id")
  Optional<AlbumRow> findById(@Bind("id") UUID id);

  @SqlQuery("SELECT " + AlbumRow.COLUMNS + " FROM albums WHERE id = :id FOR UPDATE")
  Optional<AlbumRow> findByIdForUpdate(@Bind("id") UUID id);

  /** Writes {@code row} over the version before it; 0 when the stored version is another. */
  default int update(AlbumRow row) {
    return row.bindTo(getHandle().createUpdate(UPDATE)).execute();
  }

  @SqlUpdate("DELETE FROM albums WHERE id = :id")
  int delete(@Bind("id") UUID id);

  /** The rows matching {@code where}, in {@code orderBy}, at most {@code limit}. */
  default List<AlbumRow> search(Where where, String orderBy, int limit) {
    return where.bindTo(SearchLimits.limited(getHandle().createQuery(searchSql(where, orderBy))))
        .bind("limit", limit)
        .mapTo(AlbumRow.class)
        .list();
  }

  /**
   * Like {@link #search} for the ranked orders ({@code rating}, {@code likes}): joined 1:1 with the
   * stats rows, whose columns come back beside each row.
   */
  default List<Ranking.Ranked<AlbumRow>> searchRanked(Where where, String orderBy, int limit) {
    AlbumRowMapper rows = new AlbumRowMapper();
    return where.bindTo(SearchLimits.limited(getHandle().createQuery(rankedSearchSql(where, orderBy))))
        .bind("limit", limit)
        .map((rs, ctx) -> new Ranking.Ranked<>(rows.map(rs, ctx), Ranking.read(rs)))
        .list();
  }

  /** The statement of {@link #searchRanked}, with its {@code :limit} parameter. */
  static String rankedSearchSql(Where where, String orderBy) {
    return "SELECT " + AlbumRow.COLUMNS + ", " + Ranking.COLUMNS + " FROM albums JOIN album_stats ON album_stats.item_id = albums.id"
        + where.sql() + orderBy + " LIMIT :limit";
  }

  /** The statement of {@link #search}, with its {@code :limit} parameter. */
  static String searchSql(Where where, String orderBy) {
    return "SELECT " + AlbumRow.COLUMNS + " FROM albums" + where.sql() + orderBy + " LIMIT :limit";
  }

  default long count(Where where) {
    return where.bindTo(SearchLimits.limited(getHandle().createQuery("SELECT count(*) FROM albums" + where.sql())))
        .mapTo(Long.class)
        .one();
  }
}
