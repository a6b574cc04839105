package archfixtures.renamed.adapters.persistence;

import archfixtures.renamed.domain.music.model.Track;
import archfixtures.renamed.domain.music.port.out.TrackRepository;
import java.util.ArrayList;
import java.util.List;

/** Fixture: a driven adapter. */
public final class ListTrackRepository implements TrackRepository {

  private final List<Track> rows = new ArrayList<>();

  @Override
  public void add(Track track) {
    rows.add(track);
  }
}
