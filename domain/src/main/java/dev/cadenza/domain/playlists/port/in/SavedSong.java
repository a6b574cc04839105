package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.LibrarySongView;
import java.util.Objects;

/** A song in the caller's library, and whether this call saved it (rather than finding it saved). */
public record SavedSong(LibrarySongView song, boolean newlySaved) {
  public SavedSong {
    Objects.requireNonNull(song, "song");
  }
}
