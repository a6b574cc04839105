package dev.cadenza.domain.users.service;

import dev.cadenza.domain.users.model.TooManyAttemptsException;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The keys the {@link LoginThrottle} counts failed password checks under, shared by sign-in and by
 * the current-password check of a password change, so both fill the same counters.
 */
final class SignInThrottling {

  private SignInThrottling() {
  }

  /** The key of a (lower-cased) username. */
  static String userKey(String username) {
    return "user:" + username;
  }

  /** The key of a client address; {@code null} (not known) counts as one address, "unknown". */
  static String addressKey(String clientAddress) {
    return "addr:" + (clientAddress == null ? "unknown" : clientAddress);
  }

  /** Refuses with {@link TooManyAttemptsException} when any of {@code keys} is over the limit. */
  static void refuseIfBlocked(LoginThrottle throttle, List<String> keys) {
    Optional<Duration> wait = keys.stream().map(throttle::blockedFor)
        .flatMap(Optional::stream).max(Duration::compareTo);
    if (wait.isPresent()) {
      throw new TooManyAttemptsException(wait.get());
    }
  }
}
