package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.InvalidCursorException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reading the time stamps that cursors carry (playlists context, audit log). A cursor is the client's
 * text: a time stamp PostgreSQL cannot hold (it keeps 4713 BC to 294276 AD) is as invalid as one
 * that does not parse.
 */
final class ActivityKeys {

  private ActivityKeys() {
  }

  /** The earliest and latest instants a {@code timestamptz} column holds, with a day to spare. */
  static final Instant EARLIEST = Instant.parse("-4712-01-02T00:00:00Z");
  static final Instant LATEST = Instant.parse("+294276-12-30T00:00:00Z");

  static Instant instant(String text) {
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidCursorException();
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new InvalidCursorException();
    }
    return instant;
  }
}
