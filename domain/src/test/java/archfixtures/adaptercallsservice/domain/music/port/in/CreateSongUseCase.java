package archfixtures.adaptercallsservice.domain.music.port.in;

import archfixtures.adaptercallsservice.domain.music.model.Song;

/** Fixture: a use case. */
public interface CreateSongUseCase {
  Song createSong(String title);
}
