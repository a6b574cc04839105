package com.example.radio;

import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.CreateSongUseCase;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.music.port.in.SearchSongsUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's embedding example: a host application's own class that drives Cadenza's music use
 * cases through their incoming ports only. It knows nothing of how they are stored.
 */
public final class GenreRadio {

  private final CreateSongUseCase createSong;
  private final SearchSongsUseCase searchSongs;

  public GenreRadio(CreateSongUseCase createSong, SearchSongsUseCase searchSongs) {
    this.createSong = createSong;
    this.searchSongs = searchSongs;
  }

  public Song addTrack(String title, String performer, String genre, int year) {
    return createSong.createSong(new CreateSongCommand(Actor.system(),
        new SongDetails(title, performer, genre, year, null, null)));
  }

  /** Every song of a genre, oldest first, walking the pages with the cursor. */
  public List<String> playlistFor(String genre) {
    List<String> titles = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (true) {
      Page<Song> page = searchSongs.searchSongs(new SearchSongsQuery(
          new SongFilter(null, null, null, genre, null, null), CatalogSort.YEAR, request));
      page.items().forEach(song -> titles.add(song.details().title()));
      if (page.next().isEmpty()) {
        return titles;
      }
      request = request.after(page.next().get());
    }
  }
}
