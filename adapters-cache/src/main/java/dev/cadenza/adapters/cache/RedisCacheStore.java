package dev.cadenza.adapters.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A {@link CacheStore} on Redis, shared by every instance. Keys live under a versioned prefix
 * ({@code cadenza:v1:}), so a change of the cached format only needs a new version. A fetch is one
 * {@code MGET} of the values and their generation keys (with a pipelined {@code PTTL} for a value that
 * only expires); a store and an eviction are one Lua script
 * each (check-and-set, delete-and-bump), atomic in Redis. Generation keys expire after
 * {@code generationTtl}, longer than any load takes.
 *
 * <p>An eviction that fails (Redis down) is remembered, and while any is, fetches fail (reads go to
 * the database): the first thing this store does when Redis answers again is to evict those keys,
 * so it never serves a value its own writes should have removed. Too many pending keys turn into
 * one sweep of the whole prefix. While any eviction is pending, a background thread also tries them
 * every {@link #RETRY_PENDING}, so they reach a Redis that comes back (with its data, as after a
 * network cut) within that time even if this instance reads nothing: other instances sharing the
 * Redis then stop seeing the values this one's writes retired. What remains: another instance that
 * reads in that interval, and pending evictions of an instance that stops before Redis returns
 * (those keys live out their time to live).
 */
public final class RedisCacheStore implements CacheStore {

  private static final Logger LOG = LoggerFactory.getLogger(RedisCacheStore.class);
  private static final String NO_GENERATION = "0";
  private static final int MAX_PENDING = 10_000;

  /** KEYS: value, generation; ARGV: expected generation, value, ttl ms. */
  private static final String STORE = """
      local generation = redis.call('GET', KEYS[2]) or '0'
      if generation == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
      end
      return 0
      """;

  /** KEYS: value1, generation1, value2, generation2, ...; ARGV: new generation, its ttl ms. */
  private static final String EVICT = """
      for i = 1, #KEYS, 2 do
        redis.call('DEL', KEYS[i])
        redis.call('SET', KEYS[i + 1], ARGV[1], 'PX', ARGV[2])
      end
      return #KEYS / 2
      """;

  private final RedisConnection redis;
  private final String prefix;
  private final long generationTtlMillis;
  private final CacheMetrics metrics;
  private final Set<String> pending = new LinkedHashSet<>();
  private boolean sweepNeeded;
  /** Retries pending evictions in the background; made with the first failed eviction. */
  private ScheduledExecutorService retrier;
  private boolean closed;

  /** How often evictions that failed are tried again while any is pending. */
  static final Duration RETRY_PENDING = Duration.ofMillis(250);

  /**
   * @param keyPrefix namespace of every key, ending with its format version ({@code cadenza:v1:})
   */
  public RedisCacheStore(RedisConnection redis, String keyPrefix, Duration generationTtl, CacheMetrics metrics) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.prefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    this.generationTtlMillis = generationTtl.toMillis();
    this.metrics = metrics;
  }

  private String valueKey(String key) {
    return prefix + key;
  }

  private String generationKey(String key) {
    return prefix + "gen:" + key;
  }

  @Override
  public List<Entry> fetch(List<String> keys) {
    flushPending();
    String[] args = new String[keys.size() * 2];
    for (int i = 0; i < keys.size(); i++) {
      args[2 * i] = valueKey(keys.get(i));
      args[2 * i + 1] = generationKey(keys.get(i));
    }
    List<String> found = redis.call(j -> j.mget(args));
    List<Entry> entries = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      entries.add(entry(found.get(2 * i), found.get(2 * i + 1)));
    }
    return entries;
  }

  private record Replies(List<String> found, long remainingMillis) {
  }

  /** A fetched value with the token of its generation ({@code "0"} when the key has none). */
  private static Entry entry(String value, String generation) {
    return new Entry(value, generation == null ? NO_GENERATION : generation);
  }

  /** One round trip: the value and its generation ({@code MGET}) and the value's {@code PTTL}, pipelined. */
  @Override
  public Expiring fetchExpiring(String key) {
    flushPending();
    String valueKey = valueKey(key);
    String generationKey = generationKey(key);
    Replies replies = redis.callPipelined(pipeline -> {
      Response<List<String>> found = pipeline.mget(valueKey, generationKey);
      Response<Long> remaining = pipeline.pttl(valueKey);
      pipeline.sync();
      return new Replies(found.get(), remaining.get());
    });
    List<String> found = replies.found();
    long remainingMillis = replies.remainingMillis();
    Entry entry = entry(found.get(0), found.get(1));
    // -2: gone by the time PTTL ran; -1: no expiry (not written by this store): neither is kept
    return new Expiring(entry, entry.value() != null && remainingMillis > 0 ? Duration.ofMillis(remainingMillis) : null);
  }

  @Override
  public void store(String key, String value, String token, Duration ttl) {
    redis.call(j -> j.eval(STORE, List.of(valueKey(key), generationKey(key)),
        List.of(token, value, Long.toString(Math.max(1, ttl.toMillis())))));
  }

  @Override
  public void evict(Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    try {
      evictNow(keys);
    } catch (CacheUnavailableException e) {
      metrics.evictionFailures.mark();
      remember(keys);
    }
  }

  private void evictNow(Collection<String> keys) {
    evictNow(keys, false);
  }

  private void evictNow(Collection<String> keys, boolean despiteBreaker) {
    List<String> redisKeys = new ArrayList<>(keys.size() * 2);
    for (String key : keys) {
      redisKeys.add(valueKey(key));
      redisKeys.add(generationKey(key));
    }
    send(j -> j.eval(EVICT, redisKeys, List.of(UUID.randomUUID().toString(), Long.toString(generationTtlMillis))),
        despiteBreaker);
  }

  /** {@code operation} through the breaker, or past it for the background retries. */
  private <T> T send(Function<UnifiedJedis, T> operation, boolean despiteBreaker) {
    return despiteBreaker ? redis.callDespiteBreaker(operation) : redis.call(operation);
  }

  /** Replaces whatever evictions are pending by one sweep of the whole prefix, retried until Redis answers. */
  private synchronized void sweepLater() {
    startRetrying();
    pending.clear();
    sweepNeeded = true;
  }

  private synchronized void remember(Collection<String> keys) {
    startRetrying();
    if (sweepNeeded) {
      return;
    }
    pending.addAll(keys);
    if (pending.size() > MAX_PENDING) {
      sweepLater();
    }
    LOG.warn("could not evict {} cache key(s); reads bypass the cache until they are evicted", keys.size());
  }

  private void startRetrying() {
    if (retrier != null || closed) {
      return;
    }
    retrier = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "cadenza-cache-evictions");
      thread.setDaemon(true);
      return thread;
    });
    long every = RETRY_PENDING.toMillis();
    retrier.scheduleWithFixedDelay(this::retryPending, every, every, TimeUnit.MILLISECONDS);
  }

  private void retryPending() {
    try {
      flushPending(true);
    } catch (CacheUnavailableException e) {
      // Redis still unreachable: the next round tries again
    } catch (RuntimeException e) {
      LOG.warn("retrying failed cache evictions failed", e);
    }
  }

  /** Evicts what failed before; throws while that is still impossible, so the caller reads the database. */
  private void flushPending() {
    flushPending(false);
  }

  /**
   * The same; {@code despiteBreaker} for the background retries, which try Redis every
   * {@link #RETRY_PENDING} even while requests skip it, so that the evictions reach a Redis that
   * comes back within that time, not after the breaker's wait.
   */
  private void flushPending(boolean despiteBreaker) {
    List<String> keys;
    boolean sweep;
    synchronized (this) {
      if (pending.isEmpty() && !sweepNeeded) {
        return;
      }
      keys = List.copyOf(pending);
      sweep = sweepNeeded;
    }
    if (sweep) {
      sweepPrefix(despiteBreaker);
    } else {
      evictNow(keys, despiteBreaker);
    }
    synchronized (this) {
      if (sweep) {
        sweepNeeded = false;
      }
      keys.forEach(pending::remove);
    }
    LOG.info("evicted the {} cache key(s) whose eviction had failed", sweep ? "whole prefix's" : keys.size());
  }

  @Override
  public void evictFamilies(Collection<String> families) {
    try {
      for (String family : families) {
        for (String pattern : List.of(valueKey(family), generationKey(family))) {
          String strip = pattern.substring(0, pattern.length() - family.length());
          // one page (up to a thousand keys) per eviction, so no single script holds Redis for long
          scan(pattern + "*", page -> {
            if (!page.isEmpty()) {
              evictNow(page.stream().map(k -> k.substring(strip.length())).toList());
            }
          }, false);
        }
      }
    } catch (CacheUnavailableException e) {
      // some keys may not be evicted, and which cannot even be listed: evict everything under the
      // prefix once Redis answers, and serve no cached read until then
      metrics.evictionFailures.mark();
      sweepLater();
      LOG.warn("could not evict the cache key families {}; the whole prefix will be swept", families);
    }
  }

  /** Hands {@code found} each page of the keys matching {@code match}. */
  private void scan(String match, Consumer<List<String>> found, boolean despiteBreaker) {
    String cursor = ScanParams.SCAN_POINTER_START;
    ScanParams params = new ScanParams().match(match).count(1000);
    do {
      String at = cursor;
      ScanResult<String> page = send(j -> j.scan(at, params), despiteBreaker);
      found.accept(page.getResult());
      cursor = page.getCursor();
    } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
  }

  private void sweepPrefix(boolean despiteBreaker) {
    scan(prefix + "*", page -> {
      // generations stay (they only ever move on), and so do the login throttle's counters, which
      // share the prefix but are no cached copies of anything
      List<String> found = page.stream()
          .filter(k -> !k.startsWith(prefix + "gen:") && !k.startsWith(prefix + RedisLoginThrottle.FAMILY))
          .toList();
      if (!found.isEmpty()) {
        evictNow(found.stream().map(k -> k.substring(prefix.length())).toList(), despiteBreaker);
      }
    }, despiteBreaker);
  }

  @Override
  public synchronized boolean evictionsPending() {
    return !pending.isEmpty() || sweepNeeded;
  }

  @Override
  public CacheHealth health() {
    CacheHealth redisHealth = redis.health();
    if (!redisHealth.isUp()) {
      return redisHealth;
    }
    try {
      flushPending();
    } catch (CacheUnavailableException e) {
      // still pending: reported below
    }
    synchronized (this) {
      if (!pending.isEmpty() || sweepNeeded) {
        return CacheHealth.degraded("Redis at " + redis.address() + " answers; evictions that failed are still"
            + " pending, so reads are served by the database");
      }
    }
    return redisHealth;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (retrier != null) {
        retrier.shutdownNow();
      }
    }
    redis.close();
  }
}
