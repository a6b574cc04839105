package archfixtures.embedder.host.wiring;

import archfixtures.embedder.cadenza.domain.music.service.AddSongService;
import archfixtures.embedder.host.Jukebox;
import archfixtures.embedder.host.MemorySongs;
import archfixtures.embedder.host.Radio;

/** Fixture: the host's wiring may build services. */
public final class HostWiring {

  private HostWiring() {
  }

  public static Radio radio() {
    return new Radio(new AddSongService(new MemorySongs()));
  }

  public static Jukebox jukebox() {
    return new Jukebox(new AddSongService(new MemorySongs()));
  }
}
