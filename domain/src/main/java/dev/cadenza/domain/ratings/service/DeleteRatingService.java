package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.port.in.DeleteRatingCommand;
import dev.cadenza.domain.ratings.port.in.DeleteRatingUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;

public final class DeleteRatingService implements DeleteRatingUseCase {

  private final RatingRepository ratings;
  private final ItemStatsRepository stats;
  private final TransactionRunner tx;

  public DeleteRatingService(RatingRepository ratings, ItemStatsRepository stats, TransactionRunner tx) {
    this.ratings = ratings;
    this.stats = stats;
    this.tx = tx;
  }

  @Override
  public void deleteRating(DeleteRatingCommand command) {
    UserId user = Access.requireUser(command.actor());
    tx.inTransaction(() -> {
      Rating current = RatingsSupport.lockOwnRating(ratings, command.item(), command.id(), user,
          command.expectedVersion());
      if (ratings.remove(command.item(), current.id())) {
        stats.adjustRatings(command.item(), -1, -current.score().value());
      }
    });
  }
}
