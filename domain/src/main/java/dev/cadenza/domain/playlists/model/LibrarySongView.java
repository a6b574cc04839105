package dev.cadenza.domain.playlists.model;

import java.util.Objects;

/** A saved song with the summary of the song. */
public record LibrarySongView(LibrarySong item, SongSummary song) {
  public LibrarySongView {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(song, "song");
  }
}
