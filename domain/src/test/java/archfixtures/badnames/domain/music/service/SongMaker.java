package archfixtures.badnames.domain.music.service;

import archfixtures.badnames.domain.music.model.Song;
import archfixtures.badnames.domain.music.port.in.CreateSongUseCase;

/** Fixture: a service not named after its use case (CreateSongService). */
public final class SongMaker implements CreateSongUseCase {

  public SongMaker() {
  }

  @Override
  public Song createSong(String title) {
    return new Song(title);
  }
}
