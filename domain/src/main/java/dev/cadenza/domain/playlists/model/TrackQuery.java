package dev.cadenza.domain.playlists.model;

import java.util.Objects;

/** A song looked up by its title and performer, as a playlist file names it. */
public record TrackQuery(String title, String performer) {
  public TrackQuery {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(performer, "performer");
  }
}
