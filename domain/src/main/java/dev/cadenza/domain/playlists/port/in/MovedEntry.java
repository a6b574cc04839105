package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import java.util.Objects;

/** The entry at its new position, and the playlist's new version. */
public record MovedEntry(EntryView entry, Playlist playlist) {
  public MovedEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(playlist, "playlist");
  }
}
