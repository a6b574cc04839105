package archfixtures.embedder.cadenza.domain.music.port.in;

import archfixtures.embedder.cadenza.domain.music.model.Song;

/** Fixture: the embedded domain's use case. */
public interface AddSongUseCase {
  Song addSong(String title);
}
