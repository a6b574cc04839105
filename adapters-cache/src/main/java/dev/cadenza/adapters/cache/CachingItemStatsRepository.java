package dev.cadenza.adapters.cache;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rating summaries and like counts through the cache, one key per item ({@code stats:<kind>:<id>},
 * {@code statsTtl}; a page of items is one round trip), evicted after the commit of every change.
 */
public final class CachingItemStatsRepository implements ItemStatsRepository {

  private final ItemStatsRepository delegate;
  private final ReadThroughCache cache;
  private final Duration statsTtl;

  public CachingItemStatsRepository(ItemStatsRepository delegate, ReadThroughCache cache, Duration statsTtl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.statsTtl = Objects.requireNonNull(statsTtl, "statsTtl");
  }

  /** The start of this decorator's keys. */
  static final String FAMILY = "stats:";

  static String key(CatalogItem item) {
    return FAMILY + item.kind().wireName() + ":" + item.id();
  }

  /**
   * Retires every cached figure (each item's ratings and like count, whether a user likes an item)
   * and the search pages that show or order by them: for ratings and likes written past the
   * repositories (the admin bulk loader), which would otherwise be shown until their TTL. Charts
   * only expire, within {@code chartTtl}. A read racing the bulk load can still store an old figure
   * (see {@link CacheStore#evictFamilies}); run bulk loads before serving traffic.
   */
  public static void forgetAll(ReadThroughCache cache) {
    CachingSongRepository.forgetSearches(cache);
    cache.store().evictFamilies(List.of(FAMILY, CachingLikeRepository.FAMILY));
  }

  @Override
  public Map<CatalogItem, ItemStats> find(Collection<CatalogItem> items) {
    List<CatalogItem> distinct = items.stream().distinct().toList();
    Map<CatalogItem, ItemStats> found = cache.readAll(distinct, CachingItemStatsRepository::key, statsTtl, FIGURES,
        delegate::find);
    // The cached value holds the figures only; the key names the item.
    found.replaceAll((item, stats) -> new ItemStats(item, stats.rating(), stats.likes()));
    distinct.forEach(item -> found.putIfAbsent(item, ItemStats.none(item)));
    return found;
  }

  @Override
  public void adjustRatings(CatalogItem item, long countDelta, long sumDelta) {
    delegate.adjustRatings(item, countDelta, sumDelta);
    cache.evictAfterCommit(changed(item));
  }

  @Override
  public void adjustLikes(CatalogItem item, long delta) {
    delegate.adjustLikes(item, delta);
    cache.evictAfterCommit(changed(item));
  }

  /** The item's figures, and for a song the song pages ordered by figures (see {@link CachingSongRepository}). */
  private static List<String> changed(CatalogItem item) {
    return item.kind() == ItemKind.SONG ? List.of(key(item), CachingSongRepository.FIGURES_EPOCH) : List.of(key(item));
  }

  /** Straight to the database: charts are cached whole, with their names ({@link CachingChartQuery}). */
  @Override
  public List<ItemStats> top(ItemKind kind, ChartBy by, int minimumRatings, int limit) {
    return delegate.top(kind, by, minimumRatings, limit);
  }

  private static final Codec<ItemStats> FIGURES = CacheDocuments.stats(
      new CatalogItem(ItemKind.SONG, new java.util.UUID(0, 0)));
}
