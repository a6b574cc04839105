package dev.cadenza.domain.playlists.model;

import java.util.Objects;

/** An entry with the summary of its song, as readers see it. */
public record EntryView(PlaylistEntry entry, SongSummary song) {
  public EntryView {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(song, "song");
    if (!entry.songId().equals(song.id())) {
      throw new IllegalArgumentException("the summary is of another song");
    }
  }
}
