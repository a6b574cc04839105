package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Copies in this process of what a remote store (Redis) holds, in front of it: a read whose keys all
 * have a copy here costs no round trip. A copy is made of what a fetch found in the remote store: the
 * value, or its absence, with the generation token seen with it, so while no eviction touched its key
 * a copy answers what the remote store answered, token included, and the decorators cannot tell the
 * difference. Keys that only carry a generation (the epochs that name families of entries) are read
 * from copies too. Storing a value drops this instance's copy of the key, so the next fetch copies the
 * stored value; an instance that copied the absence before another stored it loads from the database
 * once, stores, and so copies the value from then on. A copy may outlive the remote value's own expiry (or its
 * removal for room) by up to {@code maximumAge}; since every change of the data evicts, that matters
 * only for rows changed behind the service's back. Values that only expire ({@link #fetchExpiring})
 * are not copied: the read-through cache keeps those itself.
 *
 * <p>Copies are kept coherent across instances by {@link NearCopies}: every eviction drops this
 * instance's copies, evicts in the remote store, and then tells every instance to drop theirs,
 * returning (and so letting the write be acknowledged) only when they have, or when an instance that
 * did not answer can no longer serve copies (its lease lapsed). So a write acknowledged by one
 * instance is never followed by a read of an older copy on another, as with the remote store alone.
 * While an instance cannot promise that for itself (it does not reach Redis, a new connection, a
 * stalled listener), its {@link NearCopies#coverage()} is negative and every fetch asks the remote
 * store. An eviction that did not reach the remote store is followed, once it has, by a drop of every
 * copy on every instance; until then other instances may read the old value from the remote store
 * itself, as without copies (see {@link RedisCacheStore}).
 *
 * <p>A fetch that found a value remotely keeps a copy only if no eviction of its key (nor of a
 * family, nor a loss of coverage) happened since the fetch began: a value read just before a write's
 * eviction is never kept after it. Copies are bounded by the heap they take and live at most
 * {@code maximumAge}, a bound for data changed behind the service's back.
 */
public final class NearCacheStore implements CacheStore, NearCopies.Listener {

  /** How long an eviction is remembered against copies of fetches that began before it. */
  private static final Duration REMEMBER_DROPS = Duration.ofMinutes(1);
  private static final long MAX_REMEMBERED_DROPS = 100_000;

  private record Copy(String value, String token, Memo memo, int weight) {
  }

  private final CacheStore remote;
  private final NearCopies messenger;
  private final Cache<String, Copy> copies;
  private final AtomicLong drops = new AtomicLong();
  private final Cache<String, Long> droppedAt;
  /** The last drop that names no single key: families, lost coverage, drop records forgotten for room. */
  private final AtomicLong droppedAll = new AtomicLong();
  /** Installs of copies (shared) against drops of many copies at once (exclusive). */
  private final ReadWriteLock installs = new ReentrantReadWriteLock();

  /**
   * @param maximumBytes bound on the heap the copies take (as {@link InProcessCacheStore#weight} estimates)
   * @param maximumAge how long a copy is kept at most
   */
  public NearCacheStore(CacheStore remote, NearCopies messenger, long maximumBytes, Duration maximumAge) {
    this.remote = Objects.requireNonNull(remote, "remote");
    this.messenger = Objects.requireNonNull(messenger, "messenger");
    if (maximumBytes < 1) {
      throw new IllegalArgumentException("maximumBytes must be positive: " + maximumBytes);
    }
    this.copies = Caffeine.newBuilder()
        .maximumWeight(maximumBytes)
        .weigher((String key, Copy copy) -> copy.weight())
        .expireAfterWrite(maximumAge)
        .build();
    this.droppedAt = Caffeine.newBuilder()
        .maximumSize(MAX_REMEMBERED_DROPS)
        .expireAfterWrite(REMEMBER_DROPS)
        .evictionListener((String key, Long at, RemovalCause cause) -> {
          if (cause == RemovalCause.SIZE) {
            droppedAll.accumulateAndGet(drops.get(), Math::max);
          }
        })
        .build();
    messenger.start(this);
  }

  @Override
  public List<Entry> fetch(List<String> keys) {
    long coverage = messenger.coverage();
    if (coverage < 0) {
      return remote.fetch(keys);
    }
    int size = keys.size();
    Entry[] entries = new Entry[size];
    List<String> missing = null;
    for (int i = 0; i < size; i++) {
      Copy copy = copies.getIfPresent(keys.get(i));
      if (copy != null) {
        entries[i] = new Entry(copy.value(), copy.token(), copy.memo());
      } else {
        if (missing == null) {
          missing = new ArrayList<>(size - i);
        }
        missing.add(keys.get(i));
      }
    }
    if (missing == null) {
      return List.of(entries);
    }
    long began = drops.get();
    List<Entry> fetched = remote.fetch(missing);
    int next = 0;
    for (int i = 0; i < size; i++) {
      if (entries[i] == null) {
        Entry entry = fetched.get(next++);
        entries[i] = entry;
        keep(keys.get(i), entry, began, coverage);
      }
    }
    return List.of(entries);
  }

  /** Keeps a copy of what a fetch that began at drop count {@code began} found, unless anything dropped it since. */
  private void keep(String key, Entry found, long began, long coverage) {
    if (!installs.readLock().tryLock()) {
      return;
    }
    try {
      copies.asMap().compute(key, (k, old) -> {
        Long dropped = droppedAt.getIfPresent(k);
        if ((dropped != null && dropped > began) || droppedAll.get() > began || messenger.coverage() != coverage) {
          return old;
        }
        String value = found.value();
        return new Copy(value, found.token(), value == null ? null : new Memo(),
            InProcessCacheStore.weight(k, value == null ? "" : value));
      });
    } finally {
      installs.readLock().unlock();
    }
  }

  @Override
  public Expiring fetchExpiring(String key) {
    return remote.fetchExpiring(key);
  }

  @Override
  public void store(String key, String value, String token, Duration ttl) {
    // the remote store decides by the token whether the value is stored; the copy of the key's absence
    // goes, so that the next fetch asks the remote store and copies what it has
    try {
      remote.store(key, value, token, ttl);
    } finally {
      dropped(List.of(key));
    }
  }

  @Override
  public void evict(Collection<String> keys) {
    if (!keys.isEmpty()) {
      retire(() -> dropped(keys), () -> remote.evict(keys), () -> messenger.announce(keys));
    }
  }

  @Override
  public void evictFamilies(Collection<String> families) {
    retire(() -> droppedFamilies(families), () -> remote.evictFamilies(families),
        () -> messenger.announceFamilies(families));
  }

  /** One eviction: drops here, evicts remotely, drops here again, tells every instance. */
  private void retire(Runnable dropHere, Runnable evictRemotely, Runnable announce) {
    dropHere.run();
    evictRemotely.run();
    // a fetch of this instance between the first drop and the remote eviction found the old value
    dropHere.run();
    announce.run();
    if (remote.evictionsPending()) {
      // the eviction did not reach Redis: once it has, every instance drops what it copied meanwhile
      messenger.dropEverywhereLater();
    }
  }

  @Override
  public void dropped(Collection<String> keys) {
    for (String key : keys) {
      copies.asMap().compute(key, (k, old) -> {
        droppedAt.put(k, drops.incrementAndGet());
        return null;
      });
    }
  }

  @Override
  public void droppedFamilies(Collection<String> families) {
    installs.writeLock().lock();
    try {
      droppedAll.accumulateAndGet(drops.incrementAndGet(), Math::max);
      if (families.contains("")) {
        copies.invalidateAll();
      } else {
        copies.asMap().keySet().removeIf(key -> families.stream().anyMatch(key::startsWith));
      }
    } finally {
      installs.writeLock().unlock();
    }
  }

  @Override
  public void lost() {
    droppedFamilies(List.of(""));
  }

  @Override
  public boolean evictionsPending() {
    return remote.evictionsPending();
  }

  /** How many copies are kept now (for tests). */
  long copies() {
    copies.cleanUp();
    return copies.estimatedSize();
  }

  @Override
  public CacheHealth health() {
    CacheHealth health = remote.health();
    if (!health.isUp()) {
      return health;
    }
    copies.cleanUp();
    return CacheHealth.up(health.detail() + "; near copies: " + copies.estimatedSize() + ", " + messenger.describe());
  }

  @Override
  public void close() {
    messenger.close();
    remote.close();
  }
}
