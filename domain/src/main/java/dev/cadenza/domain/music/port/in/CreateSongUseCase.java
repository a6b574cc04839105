package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Song;

/** Adds a song to the catalog. Its album, when given, must exist (a validation error otherwise). */
public interface CreateSongUseCase {
  Song createSong(CreateSongCommand command);
}
