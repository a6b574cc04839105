package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.shared.model.ReadSource;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.inmemory.InMemoryItemStatsRepository;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Values that only expire (charts, cached whole with their names), read through Redis, are kept in the process until Redis's copy
 * expires: later reads ask nobody, and none of them sees a value older than Redis would have given.
 */
class ExpiringReadsTest {

  private static final Duration CHART_TTL = Duration.ofSeconds(3);

  /** A store that counts the questions it is asked. */
  static final class CountingStore implements CacheStore {
    final CacheStore delegate;
    final AtomicInteger fetches = new AtomicInteger();

    CountingStore(CacheStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<Entry> fetch(List<String> keys) {
      fetches.incrementAndGet();
      return delegate.fetch(keys);
    }

    @Override
    public Expiring fetchExpiring(String key) {
      fetches.incrementAndGet();
      return delegate.fetchExpiring(key);
    }

    @Override
    public void store(String key, String value, String token, Duration ttl) {
      delegate.store(key, value, token, ttl);
    }

    @Override
    public void evict(Collection<String> keys) {
      delegate.evict(keys);
    }

    @Override
    public void evictFamilies(Collection<String> families) {
      delegate.evictFamilies(families);
    }

    @Override
    public CacheHealth health() {
      return delegate.health();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** The figures of the shared database and the domain's chart query over them, counting the charts made. */
  private final InMemoryItemStatsRepository figures = new InMemoryItemStatsRepository();
  private final NamedCharts domain = new NamedCharts(figures);
  private final AtomicInteger chartQueries = domain.made;
  private final String prefix = TestRedis.uniquePrefix();

  /** One service instance: its own pool, store, read-through cache and decorator. */
  private final class Instance {
    final CountingStore store;
    final List<ReadSource> sources = new CopyOnWriteArrayList<>();
    final DirectTransactionRunner tx = new DirectTransactionRunner();
    final CachingChartQuery charts;

    Instance(CacheStore underlying) {
      store = new CountingStore(underlying);
      CacheMetrics metrics = CacheMetrics.unregistered();
      charts = new CachingChartQuery(domain, new ReadThroughCache(store, tx, metrics, sources::add), CHART_TTL,
          NamedCharts.MINIMUM_RATINGS);
    }

    List<CatalogItem> chart() {
      return charts.getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 10)).entries().stream()
          .map(ChartEntry::item).toList();
    }

    CatalogItem add(int likes) {
      CatalogItem item = new CatalogItem(ItemKind.SONG, UUID.randomUUID());
      domain.titles.put(item, "song " + item.id());
      figures.adjustLikes(item, likes);
      return item;
    }
  }

  private Instance onRedis() {
    CacheMetrics metrics = CacheMetrics.unregistered();
    return new Instance(new RedisCacheStore(RedisConnection.open(TestRedis.sharedUrl(), Duration.ofSeconds(2),
        Duration.ofMillis(200), 4, metrics), prefix, Duration.ofHours(1), metrics));
  }

  @Test
  void aChartReadFromRedisIsKeptUntilRedisCopyExpiresAndNoLonger() throws Exception {
    Instance loader = onRedis();
    Instance reader = onRedis();
    CatalogItem a = loader.add(1);

    assertThat(loader.chart()).containsExactly(a);
    // Redis's copy was stored before this instant, so it expires before this instant + the TTL
    long storedBy = System.nanoTime();
    assertThat(chartQueries).hasValue(1);

    assertThat(reader.chart()).containsExactly(a);
    assertThat(reader.store.fetches).as("the first read asks Redis").hasValue(1);
    CatalogItem b = loader.add(2);
    for (int i = 0; i < 5; i++) {
      assertThat(reader.chart()).as("within the TTL the chart may lag").containsExactly(a);
    }
    assertThat(reader.store.fetches).as("later reads ask nobody").hasValue(1);
    assertThat(reader.sources).containsOnly(ReadSource.CACHE).hasSize(6);
    assertThat(chartQueries).hasValue(1);

    long expired = storedBy + CHART_TTL.toNanos() + Duration.ofMillis(100).toNanos();
    while (System.nanoTime() - expired < 0) {
      Thread.sleep(Math.max(1, (expired - System.nanoTime()) / 1_000_000 + 1));
    }
    assertThat(reader.chart()).as("Redis's copy has expired, and so has the kept one").containsExactly(b, a);
    assertThat(reader.store.fetches).hasValue(2);
    assertThat(chartQueries).hasValue(2);
    assertThat(reader.sources.get(reader.sources.size() - 1)).isEqualTo(ReadSource.DATABASE);
  }

  @Test
  void readsInATransactionGoToTheDatabaseEvenWithAKeptCopy() {
    Instance instance = onRedis();
    instance.add(1);
    instance.chart();
    instance.chart();
    int queries = chartQueries.get();
    instance.tx.inTransaction(instance::chart);
    assertThat(chartQueries).hasValue(queries + 1);
  }

  @Test
  void anInProcessStoreKeepsNoSecondCopy() {
    Instance instance = new Instance(new InProcessCacheStore(16L * 1024 * 1024, Duration.ofHours(1)));
    CatalogItem a = instance.add(1);
    for (int i = 0; i < 3; i++) {
      assertThat(instance.chart()).containsExactly(a);
    }
    assertThat(instance.store.fetches).as("every read asks the store, which holds the value in this process")
        .hasValue(3);
    assertThat(chartQueries).hasValue(1);
  }

  @Test
  void redisTellsTheRemainingLifeOfAStoredValueOnly() {
    CacheMetrics metrics = CacheMetrics.unregistered();
    try (RedisCacheStore store = new RedisCacheStore(RedisConnection.open(TestRedis.sharedUrl(),
        Duration.ofSeconds(2), Duration.ofMillis(200), 2, metrics), prefix, Duration.ofHours(1), metrics)) {
      CacheStore.Expiring missing = store.fetchExpiring("k");
      assertThat(missing.entry().value()).isNull();
      assertThat(missing.remaining()).isNull();

      store.store("k", "v", missing.entry().token(), Duration.ofSeconds(30));
      CacheStore.Expiring found = store.fetchExpiring("k");
      assertThat(found.entry().value()).isEqualTo("v");
      assertThat(found.entry().token()).isEqualTo(store.fetch(List.of("k")).get(0).token());
      assertThat(found.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30))
          .isGreaterThan(Duration.ofSeconds(20));
    }
  }
}
