package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ItemStatsRepository} on PostgreSQL: {@code song_stats} and {@code album_stats}, one row per
 * item (made by a trigger when the item is inserted). Deltas are single-row {@code UPDATE}s, so
 * concurrent changes of one item queue on its row lock and none is lost; charts walk the order
 * indexes backwards and stop after {@code limit} rows.
 */
public final class JdbiItemStatsRepository implements ItemStatsRepository {

  private final ItemStatsDao dao;

  public JdbiItemStatsRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, ItemStatsDao.class);
  }

  @Override
  public Map<CatalogItem, ItemStats> find(Collection<CatalogItem> items) {
    Map<CatalogItem, ItemStats> found = new HashMap<>();
    for (Map.Entry<ItemKind, List<UUID>> e : ItemTables.idsByKind(items).entrySet()) {
      dao.find(e.getKey(), e.getValue()).forEach(s -> found.put(s.item(), s));
    }
    items.forEach(item -> found.putIfAbsent(item, ItemStats.none(item)));
    return found;
  }

  @Override
  public void adjustRatings(CatalogItem item, long countDelta, long sumDelta) {
    adjust(item, countDelta, sumDelta, 0);
  }

  @Override
  public void adjustLikes(CatalogItem item, long delta) {
    adjust(item, 0, 0, delta);
  }

  private void adjust(CatalogItem item, long count, long sum, long likes) {
    if (dao.adjust(item.kind(), item.id(), count, sum, likes) == 0) {
      ItemTables.referring(item, () -> {
        dao.insert(item.kind(), item.id(), count, sum, likes);
        return null;
      });
    }
  }

  @Override
  public List<ItemStats> top(ItemKind kind, ChartBy by, int minimumRatings, int limit) {
    return dao.top(kind, by, minimumRatings, limit);
  }
}
