package archfixtures.clean.domain.music.service;

import archfixtures.clean.domain.music.model.Track;
import archfixtures.clean.domain.music.model.TrackId;
import archfixtures.clean.domain.music.port.in.AddTrackCommand;
import archfixtures.clean.domain.music.port.in.AddTrackUseCase;
import archfixtures.clean.domain.music.port.out.TrackRepository;
import archfixtures.clean.domain.shared.port.out.Transactions;
import java.util.UUID;

/** Fixture: a service named after its use case, final, with a public constructor. */
public final class AddTrackService implements AddTrackUseCase {

  private final TrackRepository tracks;
  private final Transactions tx;

  public AddTrackService(TrackRepository tracks, Transactions tx) {
    this.tracks = tracks;
    this.tx = tx;
  }

  @Override
  public Track addTrack(AddTrackCommand command) {
    return tx.inTransaction(() -> {
      Track track = new Track(new TrackId(UUID.randomUUID()), command.title(), command.who());
      tracks.add(track);
      return track;
    });
  }
}
