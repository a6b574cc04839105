package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A {@link CacheStore} in process memory (Caffeine): the cache when no Redis is configured, with the
 * same generation rule, so the embedded service behaves like one instance on Redis. Bounded by the
 * heap its entries take, estimated per entry ({@link #weight}): cached values range from a like
 * count to a page of a hundred playlist entries, so a bound by count would not bound memory. Each
 * entry expires after its own time to live.
 */
public final class InProcessCacheStore implements CacheStore {

  /** Stripes of {@link #forgotten}: a generation dropped for room changes the token of its stripe's absent keys only. */
  private static final int STRIPES = 1_024;

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
  /**
   * Per stripe of keys, how many generations were dropped to make room. A key without a remembered
   * generation has the token {@code "0:<count of its stripe>"}: were it simply {@code "0"}, a key whose
   * generation was dropped would hand out the token it had before its eviction again, and a load
   * that read the database before that eviction could store its old value, or a family of entries
   * named after that token could be served again. A generation that expires is older than any value
   * stored under the token before it, so expiry needs no count.
   */
  private final AtomicLongArray forgotten = new AtomicLongArray(STRIPES);
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
        .expireAfterWrite(generationTtl)
        // synchronous with the removal: no reader sees the key without its generation and the old count
        .evictionListener((String key, String generation, RemovalCause cause) -> {
          if (cause == RemovalCause.SIZE) {
            forgotten.incrementAndGet(stripe(key));
          }
        })
        .build();
  }

  /**
   * Estimated heap of caching {@code value} under {@code key}: the key, the text, the decoded value
   * a reader leaves beside it (taken as large as the text) and {@link #ENTRY_OVERHEAD}, in bytes
   * (a character of either string counted as one byte, as Java stores Latin-1 text; text with other
   * characters takes up to twice that).
   */
  static int weight(String key, String value) {
    return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD + (long) key.length() + 2L * value.length());
  }

  private static int stripe(String key) {
    return Math.floorMod(key.hashCode(), STRIPES);
  }

  private String absentToken(String key) {
    return "0:" + forgotten.get(stripe(key));
  }

  /** Runs the caches' pending upkeep (size evictions) now; for tests. */
  void cleanUp() {
    values.cleanUp();
    generations.cleanUp();
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
        // the count is read after the lookup: a generation dropped before it has been counted
        entries.add(new Entry(null, generation == null ? absentToken(key) : generation));
      }
    }
    return entries;
  }

  @Override
  public void store(String key, String value, String token, Duration ttl) {
    // compute() on the generation serializes this check-and-put with evictions of the same key.
    generations.asMap().compute(key, (k, generation) -> {
      if (Objects.equals(generation == null ? absentToken(k) : generation, token)) {
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
  public void evictFamilies(Collection<String> families) {
    Set<String> found = new HashSet<>();
    for (Collection<String> keys : List.of(values.asMap().keySet(), generations.asMap().keySet())) {
      keys.stream().filter(key -> families.stream().anyMatch(key::startsWith)).forEach(found::add);
    }
    evict(found);
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
