package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;

/** A user's saved songs; only for the user and admins (others are told the user is not found). */
public interface ListLibraryUseCase {
  Page<LibrarySongView> listLibrary(ListLibraryQuery query);

  /**
   * One song of the caller's own library; not found when the caller has not saved it or no song has
   * this id.
   */
  LibrarySongView getSavedSong(Actor caller, SongId song);
}
