package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.ImportedPlaylist;

/**
 * Creates a private playlist from a file; items are matched to catalog songs by title and performer
 * (case-, accent- and white-space-insensitive); items that match nothing are reported, not added.
 * Files over {@link #MAX_BYTES} bytes or {@link #MAX_ENTRIES} items are refused.
 */
public interface ImportPlaylistUseCase {

  int MAX_BYTES = 1024 * 1024;
  int MAX_ENTRIES = 5_000;

  ImportedPlaylist importPlaylist(ImportPlaylistCommand command);
}
