package dev.cadenza.domain.ratings.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a chart ranks by. {@code RATING}: best average first (only items with the minimum number of
 * ratings), then more ratings, then the newer item; {@code LIKES}: most likes first, then the newer item.
 */
public enum ChartBy {
  RATING, LIKES;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChartBy> fromWireName(String name) {
    return Arrays.stream(values()).filter(b -> b.wireName().equals(name)).findFirst();
  }
}
