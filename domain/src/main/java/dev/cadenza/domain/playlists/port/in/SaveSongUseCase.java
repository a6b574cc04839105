package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Actor;

/** Saves a song to the caller's library; saving a saved song changes nothing. Unknown songs are not found. */
public interface SaveSongUseCase {
  SavedSong saveSong(Actor caller, SongId song);
}
