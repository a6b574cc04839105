package dev.cadenza.adapters.cache;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.ratings.port.in.GetChartUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chart query as the domain answers it, over figures and a catalog of names that tests change:
 * items without a name (deleted) are left out and the ranks close up. Counts the charts it makes and
 * remembers the limit each was asked with.
 */
final class NamedCharts implements GetChartUseCase {

  static final int MINIMUM_RATINGS = 3;

  final Map<CatalogItem, String> titles = new ConcurrentHashMap<>();
  final AtomicInteger made = new AtomicInteger();
  final List<Integer> limits = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ItemStatsRepository figures;

  NamedCharts(ItemStatsRepository figures) {
    this.figures = figures;
  }

  @Override
  public Chart getChart(ChartQuery query) {
    made.incrementAndGet();
    limits.add(query.limit());
    List<ChartEntry> entries = new ArrayList<>();
    for (ItemStats stats : figures.top(query.kind(), query.by(), MINIMUM_RATINGS, query.limit())) {
      String title = titles.get(stats.item());
      if (title != null) {
        entries.add(new ChartEntry(entries.size() + 1, stats, title, "performer of " + title));
      }
    }
    return new Chart(query.kind(), query.by(), MINIMUM_RATINGS, entries);
  }
}
