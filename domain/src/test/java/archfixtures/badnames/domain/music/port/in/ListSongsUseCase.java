package archfixtures.badnames.domain.music.port.in;

import archfixtures.badnames.domain.music.model.Song;
import java.util.List;

/** Fixture: a use case. */
public interface ListSongsUseCase {
  List<Song> listSongs();
}
