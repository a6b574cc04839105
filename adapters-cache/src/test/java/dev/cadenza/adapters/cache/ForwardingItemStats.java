package dev.cadenza.adapters.cache;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A stats store that forwards every call; tests override what they watch. */
class ForwardingItemStats implements ItemStatsRepository {

  private final ItemStatsRepository delegate;

  ForwardingItemStats(ItemStatsRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public Map<CatalogItem, ItemStats> find(Collection<CatalogItem> items) {
    return delegate.find(items);
  }

  @Override
  public void adjustRatings(CatalogItem item, long countDelta, long sumDelta) {
    delegate.adjustRatings(item, countDelta, sumDelta);
  }

  @Override
  public void adjustLikes(CatalogItem item, long delta) {
    delegate.adjustLikes(item, delta);
  }

  @Override
  public List<ItemStats> top(ItemKind kind, ChartBy by, int minimumRatings, int limit) {
    return delegate.top(kind, by, minimumRatings, limit);
  }
}
