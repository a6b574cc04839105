package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

/** The playlists the signed-in caller owns or collaborates on, each with the caller's role; newest first. */
public interface ListMyPlaylistsUseCase {
  Page<PlaylistView> listMyPlaylists(Actor caller, PageRequest page);
}
