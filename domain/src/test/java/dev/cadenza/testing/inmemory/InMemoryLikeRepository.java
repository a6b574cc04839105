package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** A {@link LikeRepository} as a concurrent set of (item, user) pairs. */
public final class InMemoryLikeRepository implements LikeRepository {

  private record Like(CatalogItem item, UserId user) {
  }

  private final Map<Like, Instant> likes = new ConcurrentHashMap<>();

  @Override
  public boolean add(CatalogItem item, UserId user, Instant at) {
    return likes.putIfAbsent(new Like(item, user), at) == null;
  }

  @Override
  public boolean remove(CatalogItem item, UserId user) {
    return likes.remove(new Like(item, user)) != null;
  }

  @Override
  public Set<CatalogItem> likedBy(UserId user, Collection<CatalogItem> items) {
    return items.stream().filter(item -> likes.containsKey(new Like(item, user))).collect(Collectors.toSet());
  }
}
