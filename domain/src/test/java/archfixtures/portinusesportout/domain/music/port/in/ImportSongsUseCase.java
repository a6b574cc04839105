package archfixtures.portinusesportout.domain.music.port.in;

import archfixtures.portinusesportout.domain.music.port.out.SongRepository;

/** Fixture: a use case that exposes an outgoing port to its callers. */
public interface ImportSongsUseCase {
  int importSongs(SongRepository source);
}
