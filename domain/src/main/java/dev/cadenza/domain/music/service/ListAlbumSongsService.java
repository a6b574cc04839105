package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.port.in.ListAlbumSongsQuery;
import dev.cadenza.domain.music.port.in.ListAlbumSongsUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;

public final class ListAlbumSongsService implements ListAlbumSongsUseCase {

  private final AlbumRepository albums;
  private final SongRepository songs;

  public ListAlbumSongsService(AlbumRepository albums, SongRepository songs) {
    this.albums = albums;
    this.songs = songs;
  }

  @Override
  public Page<Song> listAlbumSongs(ListAlbumSongsQuery query) {
    if (albums.findById(query.albumId()).isEmpty()) {
      throw new NotFoundException(CatalogSupport.ALBUM, query.albumId().toString());
    }
    return songs.search(SongFilter.onAlbum(query.albumId()), query.sort(), query.page());
  }
}
