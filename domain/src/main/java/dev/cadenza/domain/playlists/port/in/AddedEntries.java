package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import java.util.List;
import java.util.Objects;

/** The entries an add created, in order, and the playlist's new version. */
public record AddedEntries(List<EntryView> entries, Playlist playlist) {
  public AddedEntries {
    entries = List.copyOf(entries);
    Objects.requireNonNull(playlist, "playlist");
  }
}
