package dev.cadenza.adapters.cache;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a user likes an item, through the cache ({@code liked:<kind>:<id>:<user>}, {@code ttl}),
 * so {@code likedByMe} on a warm item costs no query; a like or unlike evicts after its commit.
 */
public final class CachingLikeRepository implements LikeRepository {

  private final LikeRepository delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;

  public CachingLikeRepository(LikeRepository delegate, ReadThroughCache cache, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  /** The start of this decorator's keys. */
  static final String FAMILY = "liked:";

  static String key(CatalogItem item, UserId user) {
    return FAMILY + item.kind().wireName() + ":" + item.id() + ":" + user;
  }

  @Override
  public boolean add(CatalogItem item, UserId user, Instant at) {
    boolean added = delegate.add(item, user, at);
    cache.evictAfterCommit(List.of(key(item, user)));
    return added;
  }

  @Override
  public boolean remove(CatalogItem item, UserId user) {
    boolean removed = delegate.remove(item, user);
    cache.evictAfterCommit(List.of(key(item, user)));
    return removed;
  }

  @Override
  public Set<CatalogItem> likedBy(UserId user, Collection<CatalogItem> items) {
    List<CatalogItem> distinct = items.stream().distinct().toList();
    Map<CatalogItem, Boolean> flags = cache.readAll(distinct, item -> key(item, user), ttl, CacheDocuments.FLAG,
        missing -> {
          Set<CatalogItem> liked = delegate.likedBy(user, missing);
          Map<CatalogItem, Boolean> loaded = new HashMap<>();
          missing.forEach(item -> loaded.put(item, liked.contains(item)));
          return loaded;
        });
    Set<CatalogItem> liked = new HashSet<>();
    flags.forEach((item, on) -> {
      if (on) {
        liked.add(item);
      }
    });
    return liked;
  }
}
