package dev.cadenza.domain.shared.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Identifier helpers: time-ordered UUIDv7 (RFC 9562) generation and lenient parsing. */
public final class Uuids {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Width of the counter that orders ids within one millisecond (RFC 9562 section 6.2, method 1). */
  private static final int COUNTER_BITS = 26;
  private static final long COUNTER_MAX = (1L << COUNTER_BITS) - 1;
  /** A new millisecond starts the counter at a random value below half its range: room to count up. */
  private static final long COUNTER_SEED_MASK = COUNTER_MAX >>> 1;

  private static long lastMillis = Long.MIN_VALUE;
  private static long lastClockMillis = Long.MIN_VALUE;
  private static long counter;

  private Uuids() {
  }

  /**
   * A UUIDv7: 48 bits of Unix milliseconds, a 26-bit counter (in {@code rand_a} and the top of
   * {@code rand_b}) and 48 random bits, so ids sort by creation time, also within one millisecond:
   * the counter starts at a random value each millisecond and counts up for every further id in it.
   * Should it run out, the id borrows the next millisecond. When the clock goes back, a new sequence
   * starts from the earlier time.
   */
  public static UUID v7(Clock clock) {
    long now = clock.millis();
    long millis;
    long sequence;
    synchronized (Uuids.class) {
      if (now > lastMillis || now < lastClockMillis) {
        lastMillis = now;
        counter = RANDOM.nextLong() & COUNTER_SEED_MASK;
      } else if (counter < COUNTER_MAX) {
        counter++;
      } else {
        lastMillis++;
        counter = RANDOM.nextLong() & COUNTER_SEED_MASK;
      }
      lastClockMillis = now;
      millis = lastMillis;
      sequence = counter;
    }
    long msb = (millis << 16) | (0x7L << 12) | (sequence >>> 14);
    long lsb = 0x8000000000000000L | ((sequence & 0x3FFFL) << 48) | (RANDOM.nextLong() & 0xFFFFFFFFFFFFL);
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
