package archfixtures.renamed.adapters.web;

import archfixtures.renamed.domain.music.port.in.AddTrackUseCase;

/** Fixture: the REST adapter after a rename to adapters.web; the strict set misses adapters.rest. */
public final class TrackEndpoint {

  private final AddTrackUseCase addTrack;

  public TrackEndpoint(AddTrackUseCase addTrack) {
    this.addTrack = addTrack;
  }

  public String post(String title) {
    return addTrack.addTrack(title).title();
  }
}
