package dev.cadenza.domain.playlists.model;

import java.util.Objects;

/** A playlist together with one user's role in it. */
public record PlaylistMembership(Playlist playlist, PlaylistRole role) {
  public PlaylistMembership {
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(role, "role");
  }
}
