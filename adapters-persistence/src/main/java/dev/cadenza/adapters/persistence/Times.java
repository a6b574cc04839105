package dev.cadenza.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** {@code timestamptz} keeps microseconds: instants are cut to them before they are stored. */
final class Times {

  private Times() {
  }

  static OffsetDateTime toColumn(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
