package dev.cadenza.domain.music.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders of catalog listings. Every order ends with the id as a tie-break so keyset pages are
 * stable. {@code TITLE}: case-insensitive title ascending; {@code YEAR}: year ascending;
 * {@code RECENT}: newest first.
 */
public enum CatalogSort {
  TITLE, YEAR, RECENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CatalogSort> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }
}
