package dev.cadenza.domain.playlists.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A playlist as one reader sees it: the playlist, the total duration of its songs (songs without a
 * duration count 0) and the reader's role in it (empty for readers who are not members).
 */
public record PlaylistView(Playlist playlist, long durationSeconds, Optional<PlaylistRole> role) {
  public PlaylistView {
    Objects.requireNonNull(playlist, "playlist");
    role = role == null ? Optional.empty() : role;
  }
}
