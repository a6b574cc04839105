package archfixtures.badnames.domain.music.port.in;

import archfixtures.badnames.domain.music.model.Song;

/** Fixture: an incoming port not named <Verb><Noun>UseCase. */
public interface SongCreator {
  Song create(String title);
}
