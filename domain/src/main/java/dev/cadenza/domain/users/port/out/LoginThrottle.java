package dev.cadenza.domain.users.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed sign-ins per key (a username, a client address) in a sliding window. In memory
 * for one instance, shared through Redis when several run.
 */
public interface LoginThrottle {

  /** How long {@code key} must still wait, when it is over the limit. */
  Optional<Duration> blockedFor(String key);

  void recordFailure(String key);

  void reset(String key);
}
