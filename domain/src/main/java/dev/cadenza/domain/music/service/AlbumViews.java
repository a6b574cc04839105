package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Page;
import java.util.List;
import java.util.Map;

/** Adds song counts to albums with one repository call per page, not one per album. */
final class AlbumViews {

  private AlbumViews() {
  }

  static AlbumView of(SongRepository songs, Album album) {
    return new AlbumView(album, songs.countByAlbum(List.of(album.id())).getOrDefault(album.id(), 0L));
  }

  static Page<AlbumView> of(SongRepository songs, Page<Album> albums) {
    Map<AlbumId, Long> counts = songs.countByAlbum(albums.items().stream().map(Album::id).toList());
    return albums.map(a -> new AlbumView(a, counts.getOrDefault(a.id(), 0L)));
  }
}
