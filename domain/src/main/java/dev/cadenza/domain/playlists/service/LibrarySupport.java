package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.shared.model.UserId;
import java.util.List;
import java.util.function.Predicate;

/** What the library services share. */
final class LibrarySupport {

  private LibrarySupport() {
  }

  /**
   * The song, referenced (kept from deletion) until the transaction ends; taken before any library
   * row, the order a song deletion takes them in.
   */
  static SongSummary song(SongReferences songs, SongId id) {
    SongSummary found = songs.findForReference(List.of(id)).get(id);
    if (found == null) {
      throw new NotFoundException(PlaylistSupport.SONG, id.toString());
    }
    return found;
  }

  /**
   * The saved song, its song referenced and its row locked until the transaction ends, when
   * {@code expected} accepts it as it is: not saved is a NotFound, not accepted a 412 showing it.
   */
  static LibrarySongView lockedAsExpected(LibraryRepository library, SongReferences songs, UserId user, SongId song,
                                          Predicate<LibrarySongView> expected) {
    SongSummary summary = song(songs, song);
    LibrarySongView current = new LibrarySongView(library.findForUpdate(user, song)
        .orElseThrow(() -> notSaved(song)), summary);
    if (!expected.test(current)) {
      throw new PreconditionFailedException(PlaylistSupport.LIBRARY_SONG, current);
    }
    return current;
  }

  /** The saved song {@code song} is not in the library. */
  static NotFoundException notSaved(SongId song) {
    return new NotFoundException(PlaylistSupport.LIBRARY_SONG, song.toString());
  }
}
