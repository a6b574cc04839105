package archfixtures.tangledadapters.domain.music.port.out;

import archfixtures.tangledadapters.domain.music.model.Song;
import java.util.List;

/** Fixture: an outgoing port. */
public interface SongRepository {
  List<Song> all();
}
