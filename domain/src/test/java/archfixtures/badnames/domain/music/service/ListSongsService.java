package archfixtures.badnames.domain.music.service;

import archfixtures.badnames.domain.music.model.Song;
import archfixtures.badnames.domain.music.port.in.ListSongsUseCase;
import java.util.List;

/** Fixture: a well-formed service beside the broken ones. */
public final class ListSongsService implements ListSongsUseCase {

  public ListSongsService() {
  }

  @Override
  public List<Song> listSongs() {
    return List.of();
  }
}
