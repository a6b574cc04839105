package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Actor;
import java.util.function.Predicate;

/**
 * Marks a saved song listened (now) or not listened. A song that is not in the caller's library is
 * not found.
 */
public interface MarkListenedUseCase {

  default LibrarySongView markListened(Actor caller, SongId song, boolean listened) {
    return markListened(caller, song, listened, current -> true);
  }

  /**
   * Changes the saved song only if {@code expected} accepts it as it is, read under its lock in the
   * change's transaction; otherwise a {@link dev.cadenza.domain.shared.model.PreconditionFailedException}
   * carrying it (a client's {@code If-Match} on a resource without a version).
   */
  LibrarySongView markListened(Actor caller, SongId song, boolean listened, Predicate<LibrarySongView> expected);
}
