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
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.util.Optional;

public final class SaveSongService implements SaveSongUseCase {

  private static final int MAX_ATTEMPTS = 3;

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
      // The insert is refused when the song is saved already; a removal may commit before the read
      // that follows, in which case the save is tried again (each round reads a newer commit).
      for (int attempt = 1; ; attempt++) {
        if (library.add(item)) {
          return new SavedSong(new LibrarySongView(item, summary), true);
        }
        Optional<LibrarySong> stored = library.find(user, song);
        if (stored.isPresent()) {
          return new SavedSong(new LibrarySongView(stored.get(), summary), false);
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new ConcurrentModificationException("LibrarySong", user + "/" + song);
        }
      }
    });
  }
}
