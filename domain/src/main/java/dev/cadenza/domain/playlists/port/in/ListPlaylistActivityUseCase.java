package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

/** A playlist's history, oldest first, for its readers. */
public interface ListPlaylistActivityUseCase {
  Page<PlaylistActivity> listPlaylistActivity(Actor reader, PlaylistId playlist, PageRequest page);
}
