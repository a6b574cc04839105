package archfixtures.renamed.domain.music.port.out;

import archfixtures.renamed.domain.music.model.Track;

/** Fixture: an outgoing port. */
public interface TrackRepository {
  void add(Track track);
}
