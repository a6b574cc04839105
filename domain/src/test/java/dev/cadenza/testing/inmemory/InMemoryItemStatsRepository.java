package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link ItemStatsRepository} in a map, applying deltas as the SQL adapter does. Hand
 * {@link #figures(ItemKind)} to the in-memory song and album fakes so that their {@code rating} and
 * {@code likes} orders follow these figures.
 */
public final class InMemoryItemStatsRepository implements ItemStatsRepository {

  private final Map<CatalogItem, ItemStats> stats = new ConcurrentHashMap<>();

  @Override
  public Map<CatalogItem, ItemStats> find(Collection<CatalogItem> items) {
    Map<CatalogItem, ItemStats> found = new HashMap<>();
    items.forEach(item -> found.put(item, stats.getOrDefault(item, ItemStats.none(item))));
    return found;
  }

  @Override
  public void adjustRatings(CatalogItem item, long countDelta, long sumDelta) {
    stats.compute(item, (k, s) -> {
      ItemStats current = s == null ? ItemStats.none(k) : s;
      return new ItemStats(k, current.rating().plus(countDelta, sumDelta), current.likes());
    });
  }

  @Override
  public void adjustLikes(CatalogItem item, long delta) {
    stats.compute(item, (k, s) -> {
      ItemStats current = s == null ? ItemStats.none(k) : s;
      return new ItemStats(k, current.rating(), current.likes() + delta);
    });
  }

  @Override
  public List<ItemStats> top(ItemKind kind, ChartBy by, int minimumRatings, int limit) {
    Comparator<ItemStats> byId = Comparator.comparing(s -> s.item().id(), Keysets.UUID_ORDER);
    Comparator<ItemStats> order = switch (by) {
      case RATING -> Comparator.<ItemStats, BigDecimal>comparing(s -> s.rating().rankingAverage())
          .thenComparingLong(s -> s.rating().count()).thenComparing(byId).reversed();
      case LIKES -> Comparator.<ItemStats>comparingLong(ItemStats::likes).thenComparing(byId).reversed();
    };
    return stats.values().stream()
        .filter(s -> s.item().kind() == kind)
        .filter(s -> by == ChartBy.RATING ? s.rating().count() >= minimumRatings : s.likes() > 0)
        .sorted(order)
        .limit(limit)
        .toList();
  }

  /** The figures of one kind of item, for {@code InMemorySongRepository.rankBy} and the album one. */
  public CatalogFigures figures(ItemKind kind) {
    return new CatalogFigures() {
      private ItemStats of(UUID id) {
        CatalogItem item = new CatalogItem(kind, id);
        return stats.getOrDefault(item, ItemStats.none(item));
      }

      @Override
      public BigDecimal rankingAverage(UUID id) {
        return of(id).rating().rankingAverage();
      }

      @Override
      public long ratingCount(UUID id) {
        return of(id).rating().count();
      }

      @Override
      public long likes(UUID id) {
        return of(id).likes();
      }
    };
  }

  /** A summary as stored, for tests. */
  public RatingSummary summaryOf(CatalogItem item) {
    return stats.getOrDefault(item, ItemStats.none(item)).rating();
  }
}
