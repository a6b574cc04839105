package dev.cadenza.adapters.cache;

import java.util.Collection;

/**
 * How the near copies of a {@link NearCacheStore} hear of evictions made by other instances sharing
 * its remote store, and how its own evictions reach them. See {@link RedisInvalidations}.
 */
public interface NearCopies extends AutoCloseable {

  /** What the store does when told (on the messenger's threads; the store calls these itself too). */
  interface Listener {

    /** Another instance (or this one) evicted {@code keys}: drop their near copies. */
    void dropped(Collection<String> keys);

    /** An eviction of whole key families ({@code ""} for every key): drop every copy they name. */
    void droppedFamilies(Collection<String> families);

    /** Evictions may have been missed (a new connection): drop every copy. */
    void lost();

    /** Whether the store under the copies still has evictions to make ({@link CacheStore#evictionsPending()}). */
    boolean evictionsPending();
  }

  /** Starts listening; {@code listener} hears of every eviction from then on. */
  void start(Listener listener);

  /**
   * A number that stays the same while near copies may be served without missing an eviction, and
   * changes whenever that stops being so; negative while they may not be served at all. A copy made
   * under one number is not kept once the number has changed.
   */
  long coverage();

  /**
   * Tells every instance to drop {@code keys}, and returns once each has (or once an instance that did
   * not answer can no longer serve its copies). Never throws.
   */
  void announce(Collection<String> keys);

  /** As {@link #announce}, for whole key families. */
  void announceFamilies(Collection<String> families);

  /**
   * Has every instance drop every copy as soon as that can be announced and the store under the
   * copies has no eviction pending: for evictions that did not reach that store.
   */
  void dropEverywhereLater();

  /** A line for the health check. */
  String describe();

  @Override
  void close();
}
