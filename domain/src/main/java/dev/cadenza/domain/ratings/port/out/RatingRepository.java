package dev.cadenza.domain.ratings.port.out;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

/**
 * The ratings of songs and albums, as a collection. A rating is always looked up with the item it
 * is about, so a rating id under another item is not found.
 */
public interface RatingRepository {

  /**
   * Stores a new rating. Throws {@link dev.cadenza.domain.ratings.model.DuplicateRatingException}
   * naming the existing rating when its author has rated the item already (also when the other
   * rating was stored concurrently), and may throw {@link dev.cadenza.domain.shared.model.NotFoundException}
   * when the store knows that the item does not exist.
   */
  void add(Rating rating);

  Optional<Rating> findById(CatalogItem item, RatingId id);

  /** Like {@link #findById}, locking the rating until the transaction ends. */
  Optional<Rating> findByIdForUpdate(CatalogItem item, RatingId id);

  /** The author's rating of the item, if any. */
  Optional<Rating> findByAuthor(CatalogItem item, UserId author);

  /**
   * Stores the next version; the stored version must be {@code rating.version() - 1}, otherwise
   * {@link dev.cadenza.domain.shared.model.ConcurrentModificationException}.
   */
  void update(Rating rating);

  /** Removes a rating; returns whether it existed. */
  boolean remove(CatalogItem item, RatingId id);

  /** The item's ratings, newest first (by id, which is time-ordered), keyset-paginated. */
  Page<Rating> list(CatalogItem item, PageRequest page);
}
