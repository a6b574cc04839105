package archfixtures.clean.domain.music.port.in;

import archfixtures.clean.domain.music.model.Track;

/** Fixture: a well-named use case. */
public interface AddTrackUseCase {
  Track addTrack(AddTrackCommand command);
}
