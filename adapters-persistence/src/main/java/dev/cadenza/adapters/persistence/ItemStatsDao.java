package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;

/** The statements on {@code song_stats} and {@code album_stats}; used on demand. */
interface ItemStatsDao extends SqlObject {

  String COLUMNS = "item_id, rating_count, rating_sum, like_count";

  default List<ItemStats> find(ItemKind kind, List<UUID> ids) {
    return getHandle().createQuery("SELECT " + COLUMNS + " FROM " + ItemTables.stats(kind) + " WHERE item_id = ANY(:ids)")
        .bindArray("ids", UUID.class, ids)
        .map((rs, ctx) -> stats(kind, rs))
        .list();
  }

  /** Adds the deltas to the item's row; 0 when it has none. */
  default int adjust(ItemKind kind, UUID item, long count, long sum, long likes) {
    return getHandle().createUpdate("UPDATE " + ItemTables.stats(kind) + " SET rating_count = rating_count + :count,"
            + " rating_sum = rating_sum + :sum, like_count = like_count + :likes WHERE item_id = :item")
        .bind("item", item).bind("count", count).bind("sum", sum).bind("likes", likes)
        .execute();
  }

  /** A row for an item the insert trigger never saw (stored around this adapter). */
  default void insert(ItemKind kind, UUID item, long count, long sum, long likes) {
    getHandle().createUpdate("INSERT INTO " + ItemTables.stats(kind)
            + " (item_id, rating_count, rating_sum, like_count) VALUES (:item, :count, :sum, :likes)")
        .bind("item", item).bind("count", count).bind("sum", sum).bind("likes", likes)
        .execute();
  }

  default List<ItemStats> top(ItemKind kind, ChartBy by, int minimumRatings, int limit) {
    String sql = "SELECT " + COLUMNS + " FROM " + ItemTables.stats(kind) + switch (by) {
      case RATING -> " WHERE rating_count >= :minimum ORDER BY rating_average DESC, rating_count DESC, item_id DESC";
      case LIKES -> " WHERE like_count > 0 ORDER BY like_count DESC, item_id DESC";
    } + " LIMIT :limit";
    return getHandle().createQuery(sql)
        .bind("minimum", minimumRatings).bind("limit", limit)
        .map((rs, ctx) -> stats(kind, rs))
        .list();
  }

  private static ItemStats stats(ItemKind kind, ResultSet rs) throws SQLException {
    return new ItemStats(new CatalogItem(kind, rs.getObject("item_id", UUID.class)),
        new RatingSummary(rs.getLong("rating_count"), rs.getLong("rating_sum")), rs.getLong("like_count"));
  }
}
