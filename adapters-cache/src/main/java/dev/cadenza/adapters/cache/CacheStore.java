package dev.cadenza.adapters.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The key-value store under the read-through decorators: Redis ({@link RedisCacheStore}) or process
 * memory ({@link InProcessCacheStore}). Values are JSON texts with a time to live. Every key also
 * has a generation that each eviction changes: a reader fetches the value and the generation
 * together, loads from the database on a miss, and may store what it loaded only while the
 * generation is still the one it saw. So a load that read the database before a write committed can
 * never put the old value back after that write's eviction.
 */
public interface CacheStore extends AutoCloseable {

  /**
   * A fetched key: its value ({@code null} on a miss), the generation token seen with it, and, from a
   * store that keeps values in this process, the {@link Memo} kept with that stored value ({@code null}
   * otherwise).
   */
  record Entry(String value, String token, Memo memo) {

    public Entry(String value, String token) {
      this(value, token, null);
    }
  }

  /**
   * Room beside one stored value for what a reader made of it, so that readers of the same stored
   * value decode it once between them. Storing a value again comes with a new memo, so nothing kept
   * here outlives the value it was made from.
   */
  final class Memo {

    private record Kept(Object codec, Object value) {
    }

    private volatile Kept kept;

    /** What {@code codec} made of the value, if a reader left it here; else {@code null}. */
    public Object get(Object codec) {
      Kept known = kept;
      return known != null && known.codec() == codec ? known.value() : null;
    }

    /** Leaves what {@code codec} made of the value. */
    public void put(Object codec, Object value) {
      kept = new Kept(codec, value);
    }
  }

  /** The entries of {@code keys}, in order; {@link CacheUnavailableException} when the store cannot answer. */
  List<Entry> fetch(List<String> keys);

  /**
   * A fetched key and how much longer the store keeps its value: {@code null} on a miss, and from a
   * store that does not tell (one in this process, whose entries are at hand anyway).
   */
  record Expiring(Entry entry, Duration remaining) {
  }

  /**
   * As {@link #fetch} for one key, with the value's remaining time to live, for values that are never
   * evicted and only expire (see {@link ReadThroughCache#readExpiring}). By default the store does not
   * tell.
   */
  default Expiring fetchExpiring(String key) {
    return new Expiring(fetch(List.of(key)).get(0), null);
  }

  /** Stores {@code value} for {@code ttl} unless {@code key} was evicted since {@code token} was seen. */
  void store(String key, String value, String token, Duration ttl);

  /**
   * Removes the keys and changes their generations. Never throws: a store that cannot evict now
   * remembers the keys and serves no read until it has evicted them.
   */
  void evict(Collection<String> keys);

  /**
   * Evicts, as {@link #evict} does, every key that starts with one of {@code families} (such as
   * {@code "stats:"}) and has a value or a generation in the store: for rows written past the
   * repositories (bulk loads), whose keys nobody can list. Walks the store's keys; not for requests.
   * A key with neither is not seen: a load that found it empty before the bulk write and stores after
   * this walk keeps what it read until its TTL, the one window this leaves open.
   */
  void evictFamilies(Collection<String> families);

  /**
   * Whether evictions that failed are still waiting to reach the store (see {@link RedisCacheStore}):
   * until they have, what the store holds for those keys may be older than the database.
   */
  default boolean evictionsPending() {
    return false;
  }

  /** How the store is doing, for the health check. */
  CacheHealth health();

  @Override
  void close();
}
