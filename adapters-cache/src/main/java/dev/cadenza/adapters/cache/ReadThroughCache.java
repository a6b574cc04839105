package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cadenza.domain.shared.model.ReadSource;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Read-through caching over a {@link CacheStore}, shared by the decorators:
 * <ul>
 *   <li>a hit answers from the store; a miss loads from the database and stores the result for its
 *       time to live, guarded by the generation seen with the miss (see {@link CacheStore});</li>
 *   <li>concurrent misses of one key in this process load once: the first loads, the others wait
 *       for its result. Only misses that saw the same generation share a load, so a read that starts
 *       after an eviction never gets a value loaded before it;</li>
 *   <li>a store that cannot answer is a miss: the read goes to the database, the failure is counted
 *       by the store;</li>
 *   <li>inside a transaction every read goes to the database (no cache I/O in a transaction, and
 *       nothing uncommitted is cached);</li>
 *   <li>evictions run after the commit of the transaction that changed the data, before the write
 *       is acknowledged;</li>
 *   <li>values that only expire (charts) and come from a remote store are kept in this process until
 *       the store's copy expires ({@link #readExpiring});</li>
 *   <li>each read tells {@code sources} whether the cache or the database answered it.</li>
 * </ul>
 * A hit whose text is the one last decoded for its key reuses that decoded value (the cached values
 * are immutable), so a popular entry is parsed once per change rather than once per read; a store
 * holding values in this process keeps the decoded value beside the stored one ({@link CacheStore.Memo}).
 */
public final class ReadThroughCache {

  private final CacheStore store;
  private final TransactionRunner tx;
  private final CacheMetrics metrics;
  private final Consumer<ReadSource> sources;
  private final ConcurrentHashMap<String, CompletableFuture<Object>> loads = new ConcurrentHashMap<>();
  private final Cache<String, Decoded> decoded;
  private final Cache<String, Kept> kept = Caffeine.newBuilder().maximumSize(KEPT_ENTRIES).build();

  /** How many decoded values {@link #decode} keeps, most used first. */
  static final long DECODED_ENTRIES = 4_096;

  /** How many values {@link #readExpiring} keeps in this process. */
  static final long KEPT_ENTRIES = 1_024;

  /** A value kept by {@link #readExpiring} until {@code deadline} ({@link System#nanoTime()}). */
  private record Kept(Codec<?> codec, Object value, long deadline) {
  }

  /** The value last decoded from {@code text} by {@code codec}. */
  private record Decoded(String text, Codec<?> codec, Object value) {
  }

  public ReadThroughCache(CacheStore store, TransactionRunner tx, CacheMetrics metrics, Consumer<ReadSource> sources) {
    this.store = Objects.requireNonNull(store, "store");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.decoded = Caffeine.newBuilder().maximumSize(DECODED_ENTRIES).build();
  }

  public CacheStore store() {
    return store;
  }

  /** One value by key; empty results are not cached. */
  <T> Optional<T> read(String key, Duration ttl, Codec<T> codec, Supplier<Optional<T>> load) {
    return read(key, ttl, codec, load, false);
  }

  /**
   * One value by key, for a value that is never evicted and is allowed to lag by its time to live
   * (a chart): as {@link #read}, and when the store is remote and tells how long it keeps the value,
   * the value is also kept in this process until then, so this process stops asking the store for it.
   * The kept copy expires no later than the store's: no reader sees an older value than it would have
   * seen from the store.
   */
  <T> Optional<T> readExpiring(String key, Duration ttl, Codec<T> codec, Supplier<Optional<T>> load) {
    if (!tx.isActive()) {
      Kept near = kept.getIfPresent(key);
      if (near != null && near.codec() == codec && System.nanoTime() - near.deadline() < 0) {
        metrics.hits.mark();
        sources.accept(ReadSource.CACHE);
        @SuppressWarnings("unchecked")
        T value = (T) near.value();
        return Optional.of(value);
      }
    }
    return read(key, ttl, codec, load, true);
  }

  private <T> Optional<T> read(String key, Duration ttl, Codec<T> codec, Supplier<Optional<T>> load,
                               boolean keepUntilExpiry) {
    if (tx.isActive()) {
      sources.accept(ReadSource.DATABASE);
      return load.get();
    }
    long asked = System.nanoTime();
    CacheStore.Entry entry;
    Duration remaining = null;
    try {
      if (keepUntilExpiry) {
        CacheStore.Expiring fetched = store.fetchExpiring(key);
        entry = fetched.entry();
        remaining = fetched.remaining();
      } else {
        entry = store.fetch(List.of(key)).get(0);
      }
    } catch (CacheUnavailableException e) {
      metrics.misses.mark();
      sources.accept(ReadSource.DATABASE);
      return load.get();
    }
    T cached = decode(key, entry, codec);
    if (cached != null) {
      if (remaining != null) {
        // counted from before the question: the kept copy lapses a little before the store's
        kept.put(key, new Kept(codec, cached, asked + remaining.toNanos()));
      }
      metrics.hits.mark();
      sources.accept(ReadSource.CACHE);
      return Optional.of(cached);
    }
    metrics.misses.mark();
    sources.accept(ReadSource.DATABASE);
    return shared(key + '\u0000' + entry.token(), () -> {
      metrics.loads.mark();
      Optional<T> loaded = load.get();
      loaded.ifPresent(value -> storeQuietly(key, codec.encode(value), entry.token(), ttl));
      return loaded;
    });
  }

  /**
   * Values of many ids in one round trip; the misses are loaded together by one call of
   * {@code load}, which answers the values it found (absent ids are not cached).
   */
  <I, T> Map<I, T> readAll(List<I> ids, Function<I, String> keyOf, Duration ttl, Codec<T> codec,
                           Function<List<I>, Map<I, T>> load) {
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    if (tx.isActive()) {
      sources.accept(ReadSource.DATABASE);
      return load.apply(ids);
    }
    List<String> keys = ids.stream().map(keyOf).toList();
    List<CacheStore.Entry> entries;
    try {
      entries = store.fetch(keys);
    } catch (CacheUnavailableException e) {
      metrics.misses.mark(ids.size());
      sources.accept(ReadSource.DATABASE);
      return load.apply(ids);
    }
    Map<I, T> found = new HashMap<>();
    List<I> missing = new ArrayList<>();
    Map<I, CacheStore.Entry> missed = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      CacheStore.Entry entry = entries.get(i);
      T cached = decode(keys.get(i), entry, codec);
      if (cached != null) {
        found.put(ids.get(i), cached);
      } else if (missed.putIfAbsent(ids.get(i), entry) == null) {
        missing.add(ids.get(i));
      }
    }
    metrics.hits.mark(found.size());
    if (missing.isEmpty()) {
      sources.accept(ReadSource.CACHE);
      return found;
    }
    metrics.misses.mark(missing.size());
    metrics.loads.mark();
    sources.accept(ReadSource.DATABASE);
    Map<I, T> loaded = load.apply(missing);
    for (I id : missing) {
      T value = loaded.get(id);
      if (value != null) {
        found.put(id, value);
        storeQuietly(keyOf.apply(id), codec.encode(value), missed.get(id).token(), ttl);
      }
    }
    return found;
  }

  /**
   * The generation tokens of {@code keys} as the store has them now, joined: a name for a family of
   * entries that one eviction of any of those keys retires at once (see {@link CachingSongRepository});
   * empty inside a transaction or when the store cannot answer, when the caller must not use the cache.
   */
  Optional<String> generation(List<String> keys) {
    return generations(keys).map(tokens -> String.join(".", tokens));
  }

  /** The generation token of each of {@code keys}, in order; empty as for {@link #generation}. */
  Optional<List<String>> generations(List<String> keys) {
    if (tx.isActive()) {
      return Optional.empty();
    }
    try {
      return Optional.of(store.fetch(keys).stream().map(CacheStore.Entry::token).toList());
    } catch (CacheUnavailableException e) {
      return Optional.empty();
    }
  }

  /** Evicts {@code keys} once the current transaction commits (at once outside one). */
  void evictAfterCommit(Collection<String> keys) {
    List<String> copy = List.copyOf(keys);
    tx.afterCommit(() -> store.evict(copy));
  }

  /** {@code text} of {@code key} decoded, {@code null} when absent or unreadable; see the class comment. */
  @SuppressWarnings("unchecked")
  private <T> T decode(String key, CacheStore.Entry entry, Codec<T> codec) {
    String text = entry.value();
    if (text == null) {
      return null;
    }
    CacheStore.Memo memo = entry.memo();
    if (memo != null) {
      // a value held in this process: decoded once per stored value, kept beside it
      Object known = memo.get(codec);
      if (known != null) {
        return (T) known;
      }
      T value = codec.decode(text);
      if (value != null) {
        memo.put(codec, value);
      }
      return value;
    }
    Decoded last = decoded.getIfPresent(key);
    if (last != null && last.codec() == codec && last.text().equals(text)) {
      return (T) last.value();
    }
    T value = codec.decode(text);
    if (value != null) {
      decoded.put(key, new Decoded(text, codec, value));
    }
    return value;
  }

  private void storeQuietly(String key, String value, String token, Duration ttl) {
    try {
      store.store(key, value, token, ttl);
    } catch (CacheUnavailableException e) {
      // counted by the store; the next read loads again
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T shared(String loadKey, Supplier<T> load) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> running = loads.putIfAbsent(loadKey, mine);
    if (running != null) {
      return (T) await(running);
    }
    try {
      T value = load.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loads.remove(loadKey, mine);
    }
  }

  private static Object await(CompletableFuture<Object> running) {
    try {
      return running.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a cache load", e);
    }
  }
}
