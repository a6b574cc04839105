package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.in.SaveSongUseCase;
import dev.cadenza.domain.playlists.port.in.SavedSong;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;

public final class SaveSongService implements SaveSongUseCase {

  private final LibraryRepository library;
  private final SongReferences songs;
  private final TransactionRunner tx;
  private final Clock clock;

  public SaveSongService(LibraryRepository library, SongReferences songs, TransactionRunner tx, Clock clock) {
    this.library = library;
    this.songs = songs;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public SavedSong saveSong(Actor caller, SongId song) {
    UserId user = Access.requireUser(caller);
    return tx.inTransaction(() -> {
      SongSummary summary = LibrarySupport.song(songs, song);
      LibrarySong item = LibrarySong.saved(user, song, PlaylistSupport.now(clock));
      boolean added = library.add(item);
      LibrarySong stored = added ? item : library.find(user, song).orElseThrow();
      return new SavedSong(new LibrarySongView(stored, summary), added);
    });
  }
}
