package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.shared.model.Page;

/** Finds songs by title, performer, genre, year or album, a page at a time. */
public interface SearchSongsUseCase {
  Page<Song> searchSongs(SearchSongsQuery query);
}
