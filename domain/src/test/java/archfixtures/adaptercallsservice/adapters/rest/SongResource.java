package archfixtures.adaptercallsservice.adapters.rest;

import archfixtures.adaptercallsservice.domain.music.service.CreateSongService;

/** Fixture: an adapter that builds and calls a service instead of being handed the use case. */
public final class SongResource {

  private final CreateSongService service = new CreateSongService();

  public String post(String title) {
    return service.createSong(title).title();
  }
}
