package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistView;

/** Renames or describes a playlist (owner or editor) or changes its visibility (owner). */
public interface UpdatePlaylistUseCase {
  PlaylistView updatePlaylist(UpdatePlaylistCommand command);
}
