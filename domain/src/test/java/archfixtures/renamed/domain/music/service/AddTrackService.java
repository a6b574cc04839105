package archfixtures.renamed.domain.music.service;

import archfixtures.renamed.domain.music.model.Track;
import archfixtures.renamed.domain.music.port.in.AddTrackUseCase;
import archfixtures.renamed.domain.music.port.out.TrackRepository;

/** Fixture: a service. */
public final class AddTrackService implements AddTrackUseCase {

  private final TrackRepository tracks;

  public AddTrackService(TrackRepository tracks) {
    this.tracks = tracks;
  }

  @Override
  public Track addTrack(String title) {
    Track track = new Track(title);
    tracks.add(track);
    return track;
  }
}
