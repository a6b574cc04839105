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
 * same generation rule, so the embedded service behaves like one instance on Redis. Bounded by
 * entry count; each entry expires after its own time to live.
 */
public final class InProcessCacheStore implements CacheStore {

  private static final String NO_GENERATION = "0";

  /**
   * A value with the generation it was stored under: an eviction removes the value as it changes the
   * generation (both in one step, see {@link #evict}), so while the value is here its generation is
   * still current, and a hit needs no second lookup.
   */
  private record Stored(String value, long ttlNanos, String token, Memo memo) {
  }

  private final Cache<String, Stored> values;
  private final Cache<String, String> generations;

  /**
   * @param maximumEntries bound on cached values
   * @param generationTtl how long an eviction's generation is remembered; longer than any load takes
   */
  public InProcessCacheStore(long maximumEntries, Duration generationTtl) {
    this.values = Caffeine.newBuilder()
        .maximumSize(maximumEntries)
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
    this.generations = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterWrite(generationTtl).build();
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
        values.put(k, new Stored(value, ttl.toNanos(), token, new Memo()));
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
    return CacheHealth.up("in-process cache, " + values.estimatedSize() + " entries");
  }

  @Override
  public void close() {
    values.invalidateAll();
  }
}
