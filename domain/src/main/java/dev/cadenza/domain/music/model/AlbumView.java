package dev.cadenza.domain.music.model;

import java.util.Objects;

/** An album as readers see it: the album and how many songs are on it. */
public record AlbumView(Album album, long songCount) {
  public AlbumView {
    Objects.requireNonNull(album, "album");
  }
}
