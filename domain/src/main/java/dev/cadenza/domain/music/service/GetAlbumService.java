package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.NotFoundException;

public final class GetAlbumService implements GetAlbumUseCase {

  private final AlbumRepository albums;
  private final SongRepository songs;

  public GetAlbumService(AlbumRepository albums, SongRepository songs) {
    this.albums = albums;
    this.songs = songs;
  }

  @Override
  public AlbumView getAlbum(AlbumId id) {
    return albums.findById(id)
        .map(album -> AlbumViews.of(songs, album))
        .orElseThrow(() -> new NotFoundException(CatalogSupport.ALBUM, id.toString()));
  }
}
