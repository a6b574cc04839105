package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.port.in.RateItemCommand;
import dev.cadenza.domain.ratings.port.in.RateItemUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;

public final class RateItemService implements RateItemUseCase {

  private final RatingRepository ratings;
  private final ItemStatsRepository stats;
  private final CatalogItems items;
  private final TransactionRunner tx;
  private final Clock clock;

  public RateItemService(RatingRepository ratings, ItemStatsRepository stats, GetSongUseCase songs,
                         GetAlbumUseCase albums, TransactionRunner tx, Clock clock) {
    this.ratings = ratings;
    this.stats = stats;
    this.items = new CatalogItems(songs, albums);
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Rating rateItem(RateItemCommand command) {
    UserId author = Access.requireUser(command.actor());
    CatalogItem item = command.item();
    // Outside the transaction: the music context may answer from a cache. The store still refuses
    // an item deleted in between (NotFound).
    items.requireExists(item);
    return tx.inTransaction(() -> {
      ratings.findByAuthor(item, author).ifPresent(existing -> {
        throw new DuplicateRatingException(item, existing.id());
      });
      Rating rating = Rating.create(RatingId.generate(clock), item, author, command.details(),
          RatingsSupport.now(clock));
      ratings.add(rating);
      stats.adjustRatings(item, 1, rating.score().value());
      return rating;
    });
  }
}
