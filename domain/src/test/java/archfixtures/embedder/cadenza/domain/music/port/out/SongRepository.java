package archfixtures.embedder.cadenza.domain.music.port.out;

import archfixtures.embedder.cadenza.domain.music.model.Song;

/** Fixture: the embedded domain's outgoing port. */
public interface SongRepository {
  void add(Song song);
}
