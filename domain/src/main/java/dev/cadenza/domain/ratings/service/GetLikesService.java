package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.GetLikesUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.Actor;
import java.util.List;
import java.util.Optional;

public final class GetLikesService implements GetLikesUseCase {

  private final LikeRepository likes;
  private final ItemStatsRepository stats;
  private final CatalogItems items;

  public GetLikesService(LikeRepository likes, ItemStatsRepository stats, GetSongUseCase songs,
                         GetAlbumUseCase albums) {
    this.likes = likes;
    this.stats = stats;
    this.items = new CatalogItems(songs, albums);
  }

  @Override
  public Engagement getLikes(Actor actor, CatalogItem item) {
    items.requireExists(item);
    Optional<Boolean> mine = actor.userId().map(user -> !likes.likedBy(user, List.of(item)).isEmpty());
    return RatingsSupport.engagement(stats, item, mine);
  }
}
