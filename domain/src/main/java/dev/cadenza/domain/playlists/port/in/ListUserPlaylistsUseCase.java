package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;

/** A user's public playlists, for anyone; newest first. Unknown users are not found. */
public interface ListUserPlaylistsUseCase {
  Page<PlaylistView> listUserPlaylists(Actor reader, UserId owner, PageRequest page);
}
