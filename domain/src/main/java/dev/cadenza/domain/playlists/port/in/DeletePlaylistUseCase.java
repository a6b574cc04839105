package dev.cadenza.domain.playlists.port.in;

/** Deletes a playlist with its entries, collaborators and history; its owner only. */
public interface DeletePlaylistUseCase {
  void deletePlaylist(DeletePlaylistCommand command);
}
