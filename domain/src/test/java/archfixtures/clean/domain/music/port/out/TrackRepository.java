package archfixtures.clean.domain.music.port.out;

import archfixtures.clean.domain.music.model.Track;
import archfixtures.clean.domain.music.model.TrackId;
import java.util.Optional;

/** Fixture: an outgoing port. */
public interface TrackRepository {
  void add(Track track);

  Optional<Track> find(TrackId id);
}
