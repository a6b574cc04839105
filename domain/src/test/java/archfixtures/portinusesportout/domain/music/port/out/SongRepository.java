package archfixtures.portinusesportout.domain.music.port.out;

import archfixtures.portinusesportout.domain.music.model.Song;
import java.util.List;

/** Fixture: an outgoing port. */
public interface SongRepository {
  List<Song> all();
}
