package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistView;

/** Creates an empty playlist owned by the signed-in caller. */
public interface CreatePlaylistUseCase {
  PlaylistView createPlaylist(CreatePlaylistCommand command);
}
