package archfixtures.renamed.domain.music.port.in;

import archfixtures.renamed.domain.music.model.Track;

/** Fixture: a use case. */
public interface AddTrackUseCase {
  Track addTrack(String title);
}
