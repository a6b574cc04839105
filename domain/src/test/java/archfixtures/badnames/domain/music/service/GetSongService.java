package archfixtures.badnames.domain.music.service;

import archfixtures.badnames.domain.music.model.Song;
import archfixtures.badnames.domain.music.port.in.GetSongUseCase;

/** Fixture: a service without a public constructor. */
public final class GetSongService implements GetSongUseCase {

  GetSongService() {
  }

  @Override
  public Song getSong(String title) {
    return new Song(title);
  }
}
