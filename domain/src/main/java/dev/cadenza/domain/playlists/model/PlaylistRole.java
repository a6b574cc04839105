package dev.cadenza.domain.playlists.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a user is related to a playlist. The {@code OWNER} does everything; an {@code EDITOR} adds,
 * removes and moves entries and changes name and description; a {@code VIEWER} reads a private
 * playlist. Collaborators are editors or viewers.
 */
public enum PlaylistRole {
  OWNER, EDITOR, VIEWER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PlaylistRole> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst();
  }

  /** Whether this role may change entries, name and description. */
  public boolean canEdit() {
    return this == OWNER || this == EDITOR;
  }
}
