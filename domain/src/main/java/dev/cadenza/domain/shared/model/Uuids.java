package dev.cadenza.domain.shared.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Identifier helpers: time-ordered UUIDv7 (RFC 9562) generation and lenient parsing. */
public final class Uuids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Uuids() {
  }

  /** A UUIDv7: 48 bits of Unix milliseconds, then random bits, so ids sort by creation time. */
  public static UUID v7(Clock clock) {
    long millis = clock.millis();
    long randA = RANDOM.nextInt(1 << 12);
    long msb = (millis << 16) | (0x7L << 12) | randA;
    long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** Parses the canonical 36-character form only; anything else is empty. */
  public static Optional<UUID> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text) ? Optional.of(uuid) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
