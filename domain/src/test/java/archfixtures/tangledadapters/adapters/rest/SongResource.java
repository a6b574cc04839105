package archfixtures.tangledadapters.adapters.rest;

import archfixtures.tangledadapters.adapters.persistence.JdbcSongRepository;

/** Fixture: an adapter that uses another adapter. */
public final class SongResource {

  private final JdbcSongRepository songs = new JdbcSongRepository();

  public int count() {
    return songs.all().size();
  }
}
