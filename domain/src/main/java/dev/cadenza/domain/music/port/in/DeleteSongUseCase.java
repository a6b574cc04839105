package dev.cadenza.domain.music.port.in;

/** Removes a song from the catalog. */
public interface DeleteSongUseCase {
  void deleteSong(DeleteSongCommand command);
}
