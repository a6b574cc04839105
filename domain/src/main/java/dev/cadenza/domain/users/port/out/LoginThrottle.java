package dev.cadenza.domain.users.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts password checks that failed per key (a username, a client address) in a sliding window. In
 * memory for one instance, shared through Redis when several run.
 *
 * <p>An attempt is counted when it begins, before its password is checked, and forgotten when the
 * password turns out right: counting only after the check would let any number of concurrent guesses
 * pass the limit while none of them had been counted yet. So at most {@code limit} checks are ever
 * made per key and window, however many arrive at once.
 */
public interface LoginThrottle {

  /** How long {@code key} must still wait, when it is at the limit. */
  Optional<Duration> blockedFor(String key);

  /**
   * Counts {@code attempt} (an id unique to one check) under {@code key}, unless {@code key} is at
   * the limit already: empty when counted, else how long {@code key} must still wait (and nothing was
   * counted). Checking and counting are one atomic step.
   */
  Optional<Duration> tryBegin(String key, String attempt);

  /** The counted {@code attempt} succeeded (or was never made): it no longer counts under {@code key}. */
  void forget(String key, String attempt);

  /** Forgets every failure counted under {@code key}. */
  void reset(String key);
}
