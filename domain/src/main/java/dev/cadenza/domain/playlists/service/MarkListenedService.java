package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.port.in.MarkListenedUseCase;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.util.function.Predicate;

public final class MarkListenedService implements MarkListenedUseCase {

  private final LibraryRepository library;
  private final SongReferences songs;
  private final TransactionRunner tx;
  private final Clock clock;

  public MarkListenedService(LibraryRepository library, SongReferences songs, TransactionRunner tx, Clock clock) {
    this.library = library;
    this.songs = songs;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public LibrarySongView markListened(Actor caller, SongId song, boolean listened,
                                      Predicate<LibrarySongView> expected) {
    UserId user = Access.requireUser(caller);
    return tx.inTransaction(() -> {
      LibrarySongView current = LibrarySupport.lockedAsExpected(library, songs, user, song, expected);
      LibrarySong next = current.item().withListened(listened, PlaylistSupport.now(clock));
      // A removal committed between the read and the update leaves nothing to update: not saved either.
      if (!library.update(next)) {
        throw LibrarySupport.notSaved(song);
      }
      return new LibrarySongView(next, current.song());
    });
  }
}
