package dev.cadenza.domain.music.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders of catalog listings. Every order ends with the id as a tie-break so keyset pages are
 * stable. {@code TITLE}: case-insensitive title ascending; {@code YEAR}: year ascending;
 * {@code RECENT}: newest first; {@code RATING}: best average rating first (the average at four
 * decimals, unrated items last), then more ratings, then newest; {@code LIKES}: most liked first,
 * then newest. The music context only names the last two orders: the figures behind them belong to
 * the ratings context, and the stores keep them beside the catalog so that a page stays one query.
 */
public enum CatalogSort {
  TITLE, YEAR, RECENT, RATING, LIKES;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CatalogSort> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }
}
