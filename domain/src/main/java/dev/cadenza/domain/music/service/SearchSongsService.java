package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.music.port.in.SearchSongsUseCase;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Page;

public final class SearchSongsService implements SearchSongsUseCase {

  private final SongRepository songs;

  public SearchSongsService(SongRepository songs) {
    this.songs = songs;
  }

  @Override
  public Page<Song> searchSongs(SearchSongsQuery query) {
    return songs.search(query.filter(), query.sort(), query.page());
  }
}
