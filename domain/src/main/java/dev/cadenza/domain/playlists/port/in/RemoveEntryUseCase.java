package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.Playlist;

/** Removes one entry (owner or editor); the entries after it move up. Answers the playlist's new version. */
public interface RemoveEntryUseCase {
  Playlist removeEntry(RemoveEntryCommand command);
}
