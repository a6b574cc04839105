package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.port.in.UpdateRatingCommand;
import dev.cadenza.domain.ratings.port.in.UpdateRatingUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;

public final class UpdateRatingService implements UpdateRatingUseCase {

  private final RatingRepository ratings;
  private final ItemStatsRepository stats;
  private final TransactionRunner tx;
  private final Clock clock;

  public UpdateRatingService(RatingRepository ratings, ItemStatsRepository stats, TransactionRunner tx,
                             Clock clock) {
    this.ratings = ratings;
    this.stats = stats;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Rating updateRating(UpdateRatingCommand command) {
    UserId user = Access.requireUser(command.actor());
    return tx.inTransaction(() -> {
      Rating current = RatingsSupport.lockOwnRating(ratings, command.item(), command.id(), user,
          command.expectedVersion());
      Rating next = current.revise(command.changes(), RatingsSupport.now(clock));
      if (next == current) {
        return current;
      }
      ratings.update(next);
      long delta = (long) next.score().value() - current.score().value();
      if (delta != 0) {
        stats.adjustRatings(command.item(), 0, delta);
      }
      return next;
    });
  }
}
