package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Song;

/** Replaces or patches a song (see {@link dev.cadenza.domain.music.model.SongChanges}). */
public interface UpdateSongUseCase {
  Song updateSong(UpdateSongCommand command);
}
