package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.port.in.RemoveSavedSongUseCase;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;

public final class RemoveSavedSongService implements RemoveSavedSongUseCase {

  private final LibraryRepository library;
  private final TransactionRunner tx;

  public RemoveSavedSongService(LibraryRepository library, TransactionRunner tx) {
    this.library = library;
    this.tx = tx;
  }

  @Override
  public void removeSavedSong(Actor caller, SongId song) {
    UserId user = Access.requireUser(caller);
    tx.inTransaction(() -> library.remove(user, song));
  }
}
