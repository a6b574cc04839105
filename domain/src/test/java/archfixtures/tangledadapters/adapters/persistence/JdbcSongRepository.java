package archfixtures.tangledadapters.adapters.persistence;

import archfixtures.tangledadapters.domain.music.model.Song;
import archfixtures.tangledadapters.domain.music.port.out.SongRepository;
import java.util.List;

/** Fixture: a driven adapter. */
public final class JdbcSongRepository implements SongRepository {

  @Override
  public List<Song> all() {
    return List.of();
  }
}
