package dev.cadenza.adapters.rest.music;

import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.in.GetEngagementUseCase;
import dev.cadenza.domain.shared.model.Actor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ratings context's figures (rating summary, likes, likedByMe) that every song and album
 * representation shows beside the catalog's own fields: one call per resource or per page.
 */
final class Figures {

  private final GetEngagementUseCase engagement;

  Figures(GetEngagementUseCase engagement) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
  }

  Engagement of(Actor caller, Song song) {
    return of(caller, CatalogItem.song(song.id()));
  }

  Engagement of(Actor caller, AlbumView view) {
    return of(caller, CatalogItem.album(view.album().id()));
  }

  private Engagement of(Actor caller, CatalogItem item) {
    return engagement.getEngagement(caller, List.of(item)).getOrDefault(item, none(item));
  }

  Map<CatalogItem, Engagement> ofSongs(Actor caller, List<Song> songs) {
    return engagement.getEngagement(caller, songs.stream().map(s -> CatalogItem.song(s.id())).toList());
  }

  Map<CatalogItem, Engagement> ofAlbums(Actor caller, List<AlbumView> albums) {
    return engagement.getEngagement(caller, albums.stream().map(a -> CatalogItem.album(a.album().id())).toList());
  }

  static Engagement none(CatalogItem item) {
    return new Engagement(ItemStats.none(item), Optional.empty());
  }
}
