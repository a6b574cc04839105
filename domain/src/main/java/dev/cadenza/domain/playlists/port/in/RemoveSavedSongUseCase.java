package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Actor;

/** Takes a song out of the caller's library; removing one that is not there changes nothing. */
public interface RemoveSavedSongUseCase {
  void removeSavedSong(Actor caller, SongId song);
}
