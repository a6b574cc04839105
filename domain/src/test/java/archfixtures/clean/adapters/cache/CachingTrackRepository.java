package archfixtures.clean.adapters.cache;

import archfixtures.clean.domain.music.model.Track;
import archfixtures.clean.domain.music.model.TrackId;
import archfixtures.clean.domain.music.port.out.TrackRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Fixture: a decorator over a port, knowing no other adapter. */
public final class CachingTrackRepository implements TrackRepository {

  private final TrackRepository delegate;
  private final Map<TrackId, Track> cache = new HashMap<>();

  public CachingTrackRepository(TrackRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public void add(Track track) {
    delegate.add(track);
  }

  @Override
  public Optional<Track> find(TrackId id) {
    Track hit = cache.get(id);
    if (hit != null) {
      return Optional.of(hit);
    }
    Optional<Track> loaded = delegate.find(id);
    loaded.ifPresent(t -> cache.put(id, t));
    return loaded;
  }
}
