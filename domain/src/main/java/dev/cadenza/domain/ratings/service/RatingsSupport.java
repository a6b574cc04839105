package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.NotRatingAuthorException;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What the ratings services share. */
final class RatingsSupport {

  static final String RATING = "Rating";

  private RatingsSupport() {
  }

  /** Now, at the precision the stores keep (microseconds). */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Locks the author's rating for a change: NotFound, then 403 for anyone but the author, then 412. */
  static Rating lockOwnRating(RatingRepository ratings, CatalogItem item, RatingId id, UserId user,
                              OptionalLong expectedVersion) {
    Rating current = ratings.findByIdForUpdate(item, id)
        .orElseThrow(() -> new NotFoundException(RATING, id.toString()));
    if (!current.isBy(user)) {
      throw new NotRatingAuthorException();
    }
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
      throw new PreconditionFailedException(RATING, expectedVersion.getAsLong(), current.version(), current);
    }
    return current;
  }

  static ItemStats statsOf(ItemStatsRepository stats, CatalogItem item) {
    return stats.find(List.of(item)).getOrDefault(item, ItemStats.none(item));
  }

  static Engagement engagement(ItemStatsRepository stats, CatalogItem item, Optional<Boolean> likedByMe) {
    return new Engagement(statsOf(stats, item), likedByMe);
  }
}
