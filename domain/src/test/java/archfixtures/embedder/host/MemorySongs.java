package archfixtures.embedder.host;

import archfixtures.embedder.cadenza.domain.music.model.Song;
import archfixtures.embedder.cadenza.domain.music.port.out.SongRepository;
import java.util.ArrayList;
import java.util.List;

/** Fixture: a host class implementing an outgoing port outside the wiring. */
public final class MemorySongs implements SongRepository {

  private final List<Song> songs = new ArrayList<>();

  @Override
  public void add(Song song) {
    songs.add(song);
  }
}
