package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.port.in.SearchAlbumsQuery;
import dev.cadenza.domain.music.port.in.SearchAlbumsUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Page;

public final class SearchAlbumsService implements SearchAlbumsUseCase {

  private final AlbumRepository albums;
  private final SongRepository songs;

  public SearchAlbumsService(AlbumRepository albums, SongRepository songs) {
    this.albums = albums;
    this.songs = songs;
  }

  @Override
  public Page<AlbumView> searchAlbums(SearchAlbumsQuery query) {
    return AlbumViews.of(songs, albums.search(query.filter(), query.sort(), query.page()));
  }
}
