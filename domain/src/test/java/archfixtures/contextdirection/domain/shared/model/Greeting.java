package archfixtures.contextdirection.domain.shared.model;

import archfixtures.contextdirection.domain.music.model.Song;

/** Fixture: the shared kernel may use no context. */
public final class Greeting {

  private Greeting() {
  }

  public static String about(Song song) {
    return "now playing " + song.title();
  }
}
