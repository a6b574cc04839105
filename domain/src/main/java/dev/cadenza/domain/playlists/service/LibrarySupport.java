package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
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

  /** Passes when {@code expected} accepts the saved song as it is; 412 showing it otherwise. */
  static void requireExpected(Predicate<LibrarySongView> expected, LibrarySongView current) {
    if (!expected.test(current)) {
      throw new PreconditionFailedException(PlaylistSupport.LIBRARY_SONG, current);
    }
  }
}
