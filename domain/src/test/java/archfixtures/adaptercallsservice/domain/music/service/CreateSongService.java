package archfixtures.adaptercallsservice.domain.music.service;

import archfixtures.adaptercallsservice.domain.music.model.Song;
import archfixtures.adaptercallsservice.domain.music.port.in.CreateSongUseCase;

/** Fixture: a service. */
public final class CreateSongService implements CreateSongUseCase {

  public CreateSongService() {
  }

  @Override
  public Song createSong(String title) {
    return new Song(title);
  }
}
