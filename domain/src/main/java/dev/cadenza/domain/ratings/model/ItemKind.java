package dev.cadenza.domain.ratings.model;

import java.util.Locale;

/** What sort of catalog item is rated or liked. */
public enum ItemKind {
  SONG("Song"), ALBUM("Album");

  private final String resourceType;

  ItemKind(String resourceType) {
    this.resourceType = resourceType;
  }

  /** The music context's name for the type, as its not-found errors use it ({@code Song}, {@code Album}). */
  public String resourceType() {
    return resourceType;
  }

  /** Lower case: {@code song}, {@code album}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
