package dev.cadenza.adapters.cache;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;

/**
 * The cache's meters, under {@code cadenza.cache.*}: {@code hits}, {@code misses} (reads served by
 * the database, including those while the cache is unavailable), {@code loads} (database loads after
 * a miss: fewer than misses when concurrent misses share one), {@code failures} (Redis operations
 * that failed or timed out), {@code bypassed} (operations skipped while Redis is known to be down),
 * {@code evictionFailures}, {@code reconnects} (operations run again on a new connection because
 * Redis had closed the pooled one) and {@code nearAnswersMissing} (evictions that some instance did not
 * confirm within the lease, see {@link RedisInvalidations}).
 */
public final class CacheMetrics {

  final Meter hits;
  final Meter misses;
  final Meter loads;
  final Meter failures;
  final Meter bypassed;
  final Meter evictionFailures;
  final Meter reconnects;
  final Meter nearAnswersMissing;

  public CacheMetrics(MetricRegistry registry) {
    this.hits = registry.meter("cadenza.cache.hits");
    this.misses = registry.meter("cadenza.cache.misses");
    this.loads = registry.meter("cadenza.cache.loads");
    this.failures = registry.meter("cadenza.cache.failures");
    this.bypassed = registry.meter("cadenza.cache.bypassed");
    this.evictionFailures = registry.meter("cadenza.cache.evictionFailures");
    this.reconnects = registry.meter("cadenza.cache.reconnects");
    this.nearAnswersMissing = registry.meter("cadenza.cache.nearAnswersMissing");
  }

  /** Meters in a registry of their own, for tests and embedders without metrics. */
  public static CacheMetrics unregistered() {
    return new CacheMetrics(new MetricRegistry());
  }

  public long hitCount() {
    return hits.getCount();
  }

  public long missCount() {
    return misses.getCount();
  }

  public long loadCount() {
    return loads.getCount();
  }

  public long failureCount() {
    return failures.getCount();
  }

  public long reconnectCount() {
    return reconnects.getCount();
  }
}
