package dev.cadenza.adapters.persistence;

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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link RatingRepository} on PostgreSQL: one table per kind of item. The unique constraint
 * {@code <kind>_ratings_one_per_author} decides between concurrent duplicates: the loser's insert
 * waits for the winner's commit, fails, and is answered with the winner's rating.
 */
public final class JdbiRatingRepository implements RatingRepository {

  private static final String ORDERING = "newest";
  /** Inserts tried while the author's other rating keeps appearing and disappearing (a race per attempt). */
  private static final int MAX_INSERT_ATTEMPTS = 3;

  private final RatingDao dao;

  public JdbiRatingRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, RatingDao.class);
  }

  @Override
  public void add(Rating rating) {
    CatalogItem item = rating.item();
    dao.lockItem(item.kind(), item.id());
    for (int attempt = 1; ; attempt++) {
      try {
        ItemTables.referring(item, () -> {
          dao.insert(item.kind(), RatingRow.of(rating));
          return null;
        });
        return;
      } catch (RuntimeException e) {
        Optional<String> constraint = UniqueViolations.constraint(e);
        if (constraint.isEmpty() || !constraint.get().endsWith("_one_per_author")) {
          throw e;
        }
        Optional<Rating> existing = findByAuthor(item, rating.author());
        if (existing.isPresent()) {
          throw new DuplicateRatingException(item, existing.get().id());
        }
        // The rating that won was deleted since (its author took it back): the place is free again.
        if (attempt == MAX_INSERT_ATTEMPTS) {
          throw new ConcurrentModificationException("Rating", rating.id().toString());
        }
      }
    }
  }

  @Override
  public Optional<Rating> findById(CatalogItem item, RatingId id) {
    return dao.find(item.kind(), item.id(), id.value(), false).map(r -> r.toRating(item.kind()));
  }

  @Override
  public Optional<Rating> findByIdForUpdate(CatalogItem item, RatingId id) {
    dao.lockItem(item.kind(), item.id());
    return dao.find(item.kind(), item.id(), id.value(), true).map(r -> r.toRating(item.kind()));
  }

  @Override
  public Optional<Rating> findByAuthor(CatalogItem item, UserId author) {
    return dao.findByAuthor(item.kind(), item.id(), author.value()).map(r -> r.toRating(item.kind()));
  }

  @Override
  public void update(Rating rating) {
    dao.lockItem(rating.item().kind(), rating.item().id());
    if (dao.update(rating.item().kind(), RatingRow.of(rating)) == 0) {
      throw new ConcurrentModificationException("Rating", rating.id().toString());
    }
  }

  @Override
  public boolean remove(CatalogItem item, RatingId id) {
    dao.lockItem(item.kind(), item.id());
    return dao.delete(item.kind(), item.id(), id.value()) > 0;
  }

  @Override
  public Page<Rating> list(CatalogItem item, PageRequest page) {
    UUID before = page.cursor().map(c -> CatalogOrder.uuid(c.keyFor(ORDERING, 1).get(0))).orElse(null);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(item.kind(), item.id())) : OptionalLong.empty();
    return Page.fromLookahead(dao.list(item.kind(), item.id(), before, page.limit() + 1), page.limit(),
            row -> Cursor.of(ORDERING, row.id().toString()), total)
        .map(row -> row.toRating(item.kind()));
  }
}
