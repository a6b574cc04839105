package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.LibrarySummary;
import dev.cadenza.domain.playlists.port.in.GetLibrarySummaryUseCase;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

public final class GetLibrarySummaryService implements GetLibrarySummaryUseCase {

  private final LibraryRepository library;
  private final PlaylistRepository playlists;

  public GetLibrarySummaryService(LibraryRepository library, PlaylistRepository playlists) {
    this.library = library;
    this.playlists = playlists;
  }

  @Override
  public Optional<LibrarySummary> getLibrarySummary(Actor reader, UserId user) {
    if (!Access.isSelfOrAdmin(reader, user)) {
      return Optional.empty();
    }
    LibraryRepository.Counts counts = library.count(user);
    return Optional.of(new LibrarySummary(counts.saved(), counts.listened(), playlists.countByOwner(user)));
  }
}
