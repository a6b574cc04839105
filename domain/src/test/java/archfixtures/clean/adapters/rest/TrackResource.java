package archfixtures.clean.adapters.rest;

import archfixtures.clean.domain.music.model.Track;
import archfixtures.clean.domain.music.port.in.AddTrackCommand;
import archfixtures.clean.domain.music.port.in.AddTrackUseCase;
import archfixtures.clean.domain.shared.model.Who;

/** Fixture: a driving adapter that is handed a use case. */
public final class TrackResource {

  private final AddTrackUseCase addTrack;

  public TrackResource(AddTrackUseCase addTrack) {
    this.addTrack = addTrack;
  }

  public String post(String title) {
    Track track = addTrack.addTrack(new AddTrackCommand(new Who("caller"), title));
    return track.id().value().toString();
  }
}
