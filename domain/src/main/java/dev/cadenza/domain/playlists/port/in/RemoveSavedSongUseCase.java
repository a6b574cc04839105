package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Actor;
import java.util.function.Predicate;

/** Takes a song out of the caller's library; removing one that is not there changes nothing. */
public interface RemoveSavedSongUseCase {
  void removeSavedSong(Actor caller, SongId song);

  /**
   * Removes the saved song only if it is saved and {@code expected} accepts it as it is, read under
   * its lock in the removal's transaction: not saved is a {@link dev.cadenza.domain.shared.model.NotFoundException},
   * not accepted a {@link dev.cadenza.domain.shared.model.PreconditionFailedException} carrying it.
   */
  void removeSavedSong(Actor caller, SongId song, Predicate<LibrarySongView> expected);
}
