package archfixtures.embedder.host;

import archfixtures.embedder.cadenza.domain.music.service.AddSongService;

/** Fixture: a host class that calls a service directly. */
public final class Jukebox {

  private final AddSongService service;

  public Jukebox(AddSongService service) {
    this.service = service;
  }

  public String play(String title) {
    return service.addSong(title).title();
  }
}
