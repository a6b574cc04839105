package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Actor;

/**
 * Marks a saved song listened (now) or not listened. A song that is not in the caller's library is
 * not found.
 */
public interface MarkListenedUseCase {
  LibrarySongView markListened(Actor caller, SongId song, boolean listened);
}
