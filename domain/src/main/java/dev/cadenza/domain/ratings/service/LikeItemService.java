package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.AlreadyLikedException;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.LikeCommand;
import dev.cadenza.domain.ratings.port.in.LikeItemUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.util.Optional;

public final class LikeItemService implements LikeItemUseCase {

  private final LikeRepository likes;
  private final ItemStatsRepository stats;
  private final CatalogItems items;
  private final TransactionRunner tx;
  private final Clock clock;

  public LikeItemService(LikeRepository likes, ItemStatsRepository stats, GetSongUseCase songs,
                         GetAlbumUseCase albums, TransactionRunner tx, Clock clock) {
    this.likes = likes;
    this.stats = stats;
    this.items = new CatalogItems(songs, albums);
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Engagement likeItem(LikeCommand command) {
    UserId user = Access.requireUser(command.actor());
    CatalogItem item = command.item();
    items.requireExists(item);
    return tx.inTransaction(() -> {
      if (likes.add(item, user, RatingsSupport.now(clock))) {
        stats.adjustLikes(item, 1);
      } else if (command.refuseRepeat()) {
        throw new AlreadyLikedException(item);
      }
      return RatingsSupport.engagement(stats, item, Optional.of(true));
    });
  }
}
