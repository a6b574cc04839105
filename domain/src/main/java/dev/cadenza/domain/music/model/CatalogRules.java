package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Violations;
import java.time.Year;
import java.time.ZoneOffset;

/** The limits that songs and albums share. */
public final class CatalogRules {

  public static final int MAX_TITLE = 200;
  public static final int MAX_PERFORMER = 200;
  public static final int MAX_GENRE = 50;
  public static final int MIN_YEAR = 1000;
  public static final int MAX_DURATION_SECONDS = 86_400;

  private CatalogRules() {
  }

  /** Releases may be announced for next year, not later. */
  public static int maxYear() {
    return Year.now(ZoneOffset.UTC).getValue() + 1;
  }

  static void year(Violations v, Integer year) {
    v.range("year", year, true, MIN_YEAR, maxYear());
  }
}
