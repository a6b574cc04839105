package archfixtures.badnames.domain.music.service;

import archfixtures.badnames.domain.music.port.in.DeleteSongUseCase;

/** Fixture: a service that is not final. */
public class DeleteSongService implements DeleteSongUseCase {

  public DeleteSongService() {
  }

  @Override
  public void deleteSong(String title) {
    if (title.isEmpty()) {
      throw new IllegalArgumentException("title");
    }
  }
}
