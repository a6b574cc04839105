package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.shared.model.Page;

/** The songs of one album, a page at a time; NotFound when the album does not exist. */
public interface ListAlbumSongsUseCase {
  Page<Song> listAlbumSongs(ListAlbumSongsQuery query);
}
