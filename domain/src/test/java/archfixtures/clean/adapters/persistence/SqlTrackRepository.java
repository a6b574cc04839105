package archfixtures.clean.adapters.persistence;

import archfixtures.clean.domain.music.model.Track;
import archfixtures.clean.domain.music.model.TrackId;
import archfixtures.clean.domain.music.port.out.TrackRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Fixture: a driven adapter implementing a port. */
public final class SqlTrackRepository implements TrackRepository {

  private final Map<TrackId, Track> rows = new HashMap<>();

  @Override
  public void add(Track track) {
    rows.put(track.id(), track);
  }

  @Override
  public Optional<Track> find(TrackId id) {
    return Optional.ofNullable(rows.get(id));
  }
}
