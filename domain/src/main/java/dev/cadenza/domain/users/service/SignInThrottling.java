package dev.cadenza.domain.users.service;

import dev.cadenza.domain.users.model.TooManyAttemptsException;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys the {@link LoginThrottle} counts failed password checks under, shared by sign-in and by
 * the current-password check of a password change, so both fill the same counters, and the attempt
 * that a password check is counted as from before it is made until it turns out right.
 */
final class SignInThrottling {

  private SignInThrottling() {
  }

  /** The key of a (lower-cased) username. */
  static String userKey(String username) {
    return "user:" + username;
  }

  /** What every client address's key starts with. */
  static final String ADDRESS_PREFIX = "addr:";

  /** The key of a client address; {@code null} (not known) counts as one address, "unknown". */
  static String addressKey(String clientAddress) {
    return ADDRESS_PREFIX + (clientAddress == null ? "unknown" : clientAddress);
  }

  /** One password check, counted under its keys as failed until {@link #succeeded} or {@link #forget}. */
  record Attempt(LoginThrottle throttle, List<String> keys, String id) {

    /** The password was right: the attempt no longer counts, and the username's failures are cleared. */
    void succeeded(String userKey) {
      forget();
      throttle.reset(userKey);
    }

    /** No password was checked after all (the request failed otherwise): the attempt no longer counts. */
    void forget() {
      keys.forEach(key -> throttle.forget(key, id));
    }
  }

  /**
   * Counts one password check under every one of {@code keys}, or refuses with
   * {@link TooManyAttemptsException} (counting nothing) when any of them is at the limit.
   */
  static Attempt begin(LoginThrottle throttle, List<String> keys) {
    String id = UUID.randomUUID().toString();
    List<String> counted = new ArrayList<>(keys.size());
    Optional<Duration> wait = Optional.empty();
    for (String key : keys) {
      Optional<Duration> blocked = throttle.tryBegin(key, id);
      if (blocked.isEmpty()) {
        counted.add(key);
      } else if (wait.isEmpty() || blocked.get().compareTo(wait.get()) > 0) {
        wait = blocked;
      }
    }
    if (wait.isPresent()) {
      counted.forEach(key -> throttle.forget(key, id));
      throw new TooManyAttemptsException(wait.get());
    }
    return new Attempt(throttle, List.copyOf(keys), id);
  }
}
