package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link CacheStore} in process memory (Caffeine): the cache when no Redis is configured, with the
 * same generation rule, so the embedded service behaves like one instance on Redis. Bounded by the
 * heap its entries take, estimated per entry ({@link #weight}): cached values range from a like
 * count to a page of a hundred playlist entries, so a bound by count would not bound memory. Each
 * entry expires after its own time to live.
 */
public final class InProcessCacheStore implements CacheStore {

  private static final String NO_GENERATION = "0";

  /** Heap of an entry beyond its key and text: the map's node, the stored record, memo and token. */
  static final int ENTRY_OVERHEAD = 256;

  /** Estimated heap of a remembered generation (key, token and node), for the generations' bound. */
  static final int GENERATION_BYTES = 256;

  /**
   * A value with the generation it was stored under: an eviction removes the value as it changes the
   * generation (both in one step, see {@link #evict}), so while the value is here its generation is
   * still current, and a hit needs no second lookup.
   */
  private record Stored(String value, long ttlNanos, String token, Memo memo, int weight) {
  }

  private final Cache<String, Stored> values;
  private final Cache<String, String> generations;
  private final long maximumBytes;

  /**
   * @param maximumBytes bound on the heap the cached values take, as {@link #weight} estimates it;
   *     evictions of changed keys are remembered in a further quarter of it at most
   * @param generationTtl how long an eviction's generation is remembered; longer than any load takes
   */
  public InProcessCacheStore(long maximumBytes, Duration generationTtl) {
    if (maximumBytes < 1) {
      throw new IllegalArgumentException("maximumBytes must be positive: " + maximumBytes);
    }
    this.maximumBytes = maximumBytes;
    this.values = Caffeine.newBuilder()
        .maximumWeight(maximumBytes)
        .weigher((String key, Stored stored) -> stored.weight())
        // eviction work runs on the thread that stored, so the bound holds when a store returns
        .executor(Runnable::run)
        .expireAfter(new Expiry<String, Stored>() {
          @Override
          public long expireAfterCreate(String key, Stored stored, long currentTime) {
            return stored.ttlNanos();
          }

          @Override
          public long expireAfterUpdate(String key, Stored stored, long currentTime, long currentDuration) {
            return stored.ttlNanos();
          }

          @Override
          public long expireAfterRead(String key, Stored stored, long currentTime, long currentDuration) {
            return currentDuration;
          }
        })
        .build();
    this.generations = Caffeine.newBuilder().maximumSize(Math.max(1, maximumBytes / 4 / GENERATION_BYTES))
        .expireAfterWrite(generationTtl).executor(Runnable::run).build();
  }

  /**
   * Estimated heap of caching {@code value} under {@code key}: the key, the text, the decoded value
   * a reader leaves beside it (taken as large as the text) and {@link #ENTRY_OVERHEAD}, in bytes
   * (a character of either string counted as one byte, as Java stores Latin-1 text).
   */
  static int weight(String key, String value) {
    return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD + (long) key.length() + 2L * value.length());
  }

  @Override
  public List<Entry> fetch(List<String> keys) {
    List<Entry> entries = new ArrayList<>(keys.size());
    for (String key : keys) {
      Stored stored = values.getIfPresent(key);
      if (stored != null) {
        entries.add(new Entry(stored.value(), stored.token(), stored.memo()));
      } else {
        String generation = generations.getIfPresent(key);
        entries.add(new Entry(null, generation == null ? NO_GENERATION : generation));
      }
    }
    return entries;
  }

  @Override
  public void store(String key, String value, String token, Duration ttl) {
    // compute() on the generation serializes this check-and-put with evictions of the same key.
    generations.asMap().compute(key, (k, generation) -> {
      if (Objects.equals(generation == null ? NO_GENERATION : generation, token)) {
        values.put(k, new Stored(value, ttl.toNanos(), token, new Memo(), weight(k, value)));
      }
      return generation;
    });
  }

  @Override
  public void evict(Collection<String> keys) {
    for (String key : keys) {
      generations.asMap().compute(key, (k, generation) -> {
        values.invalidate(k);
        return UUID.randomUUID().toString();
      });
    }
  }

  @Override
  public CacheHealth health() {
    long used = values.policy().eviction().orElseThrow().weightedSize().orElse(0L);
    return CacheHealth.up("in-process cache, " + values.estimatedSize() + " entries, about " + size(used)
        + " of " + size(maximumBytes));
  }

  private static String size(long bytes) {
    return bytes >= 1024 * 1024 ? Math.round(bytes / (1024.0 * 1024.0)) + " MB" : Math.round(bytes / 1024.0) + " kB";
  }

  @Override
  public void close() {
    values.invalidateAll();
  }
}
