package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.LikeCommand;
import dev.cadenza.domain.ratings.port.in.UnlikeItemUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.util.Optional;

public final class UnlikeItemService implements UnlikeItemUseCase {

  private final LikeRepository likes;
  private final ItemStatsRepository stats;
  private final CatalogItems items;
  private final TransactionRunner tx;

  public UnlikeItemService(LikeRepository likes, ItemStatsRepository stats, GetSongUseCase songs,
                           GetAlbumUseCase albums, TransactionRunner tx) {
    this.likes = likes;
    this.stats = stats;
    this.items = new CatalogItems(songs, albums);
    this.tx = tx;
  }

  @Override
  public Engagement unlikeItem(LikeCommand command) {
    UserId user = Access.requireUser(command.actor());
    CatalogItem item = command.item();
    items.requireExists(item);
    return tx.inTransaction(() -> {
      if (likes.remove(item, user)) {
        stats.adjustLikes(item, -1);
      }
      return RatingsSupport.engagement(stats, item, Optional.of(false));
    });
  }
}
