package dev.cadenza.adapters.cache;

import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.ratings.port.in.GetChartUseCase;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Charts through the cache, whole and named: the decorator of the chart query port. The top
 * {@value ChartQuery#MAX_LIMIT} of each kind and order, with the titles and performers the catalog gave
 * them, is cached under {@code chart:<kind>:<by>:<minimum>} for {@code ttl} and never evicted (a chart
 * may lag by that much, names included: a song renamed or deleted leaves a chart within the same
 * time); a shorter chart is its first ranks. A chart read from Redis is also kept in this process until
 * Redis's copy expires ({@link ReadThroughCache#readExpiring}), so the chart costs one query per time
 * to live across all instances and no round trip in between, and lags no more.
 */
public final class CachingChartQuery implements GetChartUseCase {

  private final GetChartUseCase delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;
  private final int minimumRatings;
  /** The last chart cut short per query, with the whole chart it was cut from. */
  private final ConcurrentHashMap<ChartQuery, Cut> cuts = new ConcurrentHashMap<>();

  private record Cut(Chart from, Chart chart) {
  }

  /**
   * @param minimumRatings the minimum number of ratings {@code delegate} charts by rating with; part
   *     of the key, so instances configured differently never share a chart
   */
  public CachingChartQuery(GetChartUseCase delegate, ReadThroughCache cache, Duration ttl, int minimumRatings) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.minimumRatings = minimumRatings;
  }

  @Override
  public Chart getChart(ChartQuery query) {
    String key = "chart:" + query.kind().wireName() + ":" + query.by().wireName() + ":" + minimumRatings;
    Chart full = cache.readExpiring(key, ttl, CacheDocuments.CHART,
        () -> Optional.of(delegate.getChart(new ChartQuery(query.kind(), query.by(), ChartQuery.MAX_LIMIT))))
        .orElseThrow();
    if (full.entries().size() <= query.limit()) {
      return full;
    }
    // a kept chart is the same object read after read: cut it once, not once per read
    Cut last = cuts.get(query);
    if (last != null && last.from() == full) {
      return last.chart();
    }
    Chart cut = new Chart(full.kind(), full.by(), full.minimumRatings(), full.entries().subList(0, query.limit()));
    cuts.put(query, new Cut(full, cut));
    return cut;
  }
}
