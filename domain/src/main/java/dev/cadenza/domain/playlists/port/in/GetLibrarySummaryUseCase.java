package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.LibrarySummary;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

/** The counts of a user's library, for the user and admins; empty for anyone else. */
public interface GetLibrarySummaryUseCase {
  Optional<LibrarySummary> getLibrarySummary(Actor reader, UserId user);
}
