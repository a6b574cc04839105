package archfixtures.badnames.domain.music.port.in;

import archfixtures.badnames.domain.music.model.Song;

/** Fixture: a use case. */
public interface GetSongUseCase {
  Song getSong(String title);
}
