package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link RatingRepository} in a map; one rating per author and item, newest first by id. */
public final class InMemoryRatingRepository implements RatingRepository {

  private final Map<RatingId, Rating> ratings = new LinkedHashMap<>();

  @Override
  public synchronized void add(Rating rating) {
    Optional<Rating> existing = findByAuthor(rating.item(), rating.author());
    if (existing.isPresent()) {
      throw new DuplicateRatingException(rating.item(), existing.get().id());
    }
    if (ratings.putIfAbsent(rating.id(), rating) != null) {
      throw new IllegalStateException("rating " + rating.id() + " exists already");
    }
  }

  @Override
  public synchronized Optional<Rating> findById(CatalogItem item, RatingId id) {
    return Optional.ofNullable(ratings.get(id)).filter(r -> r.item().equals(item));
  }

  @Override
  public Optional<Rating> findByIdForUpdate(CatalogItem item, RatingId id) {
    return findById(item, id);
  }

  @Override
  public synchronized Optional<Rating> findByAuthor(CatalogItem item, UserId author) {
    return ratings.values().stream().filter(r -> r.item().equals(item) && r.isBy(author)).findFirst();
  }

  @Override
  public synchronized void update(Rating rating) {
    Rating stored = ratings.get(rating.id());
    if (stored == null || stored.version() != rating.version() - 1 || !stored.item().equals(rating.item())) {
      throw new ConcurrentModificationException("Rating", rating.id().toString());
    }
    ratings.put(rating.id(), rating);
  }

  @Override
  public synchronized boolean remove(CatalogItem item, RatingId id) {
    return findById(item, id).map(r -> ratings.remove(r.id()) != null).orElse(false);
  }

  @Override
  public synchronized Page<Rating> list(CatalogItem item, PageRequest page) {
    return Keysets.page(ratings.values().stream().filter(r -> r.item().equals(item)),
        (a, b) -> Keysets.UUID_ORDER.compare(b.id().value(), a.id().value()), page,
        cursor -> {
          UUID last = Keysets.uuid(cursor.keyFor("newest", 1).get(0));
          return r -> Keysets.UUID_ORDER.compare(r.id().value(), last) < 0;
        },
        r -> Cursor.of("newest", r.id().toString()));
  }
}
