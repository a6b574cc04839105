package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.InvalidCursorException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading the time stamps that the playlists context's cursors carry. */
final class ActivityKeys {

  private ActivityKeys() {
  }

  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidCursorException();
    }
  }
}
