package dev.cadenza.domain.playlists.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who may read a playlist: its owner, collaborators and admins ({@code PRIVATE}), or anyone ({@code PUBLIC}). */
public enum Visibility {
  PRIVATE, PUBLIC;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Visibility> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(name)).findFirst();
  }
}
