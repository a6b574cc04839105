package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.port.in.RemoveSavedSongUseCase;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.util.function.Predicate;

public final class RemoveSavedSongService implements RemoveSavedSongUseCase {

  private final LibraryRepository library;
  private final SongReferences songs;
  private final TransactionRunner tx;

  public RemoveSavedSongService(LibraryRepository library, SongReferences songs, TransactionRunner tx) {
    this.library = library;
    this.songs = songs;
    this.tx = tx;
  }

  @Override
  public void removeSavedSong(Actor caller, SongId song) {
    UserId user = Access.requireUser(caller);
    tx.inTransaction(() -> library.remove(user, song));
  }

  @Override
  public void removeSavedSong(Actor caller, SongId song, Predicate<LibrarySongView> expected) {
    UserId user = Access.requireUser(caller);
    tx.inTransaction(() -> {
      LibrarySupport.lockedAsExpected(library, songs, user, song, expected);
      return library.remove(user, song);
    });
  }
}
