package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.List;

/**
 * The history of every playlist. Services record inside the transaction of the change, so a row
 * exists exactly when its change was committed. Rows keep no reference that would make them go with
 * a song or a collaborator; they go only with their playlist.
 */
public interface PlaylistActivityLog {

  void record(PlaylistActivity activity);

  /** Records each of {@code activities}, in order. */
  default void recordAll(List<PlaylistActivity> activities) {
    activities.forEach(this::record);
  }

  /** One page of a playlist's history, oldest first (by time, then id). */
  Page<PlaylistActivity> findByPlaylist(PlaylistId playlist, PageRequest page);
}
