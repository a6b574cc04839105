package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.RateLimitedException;
import java.time.Duration;

/** Too many failed sign-ins for this username or client address; try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends RateLimitedException {

  public TooManyAttemptsException(Duration retryAfter) {
    super("TooManyAttempts", "too many failed sign-ins; try again later", retryAfter);
  }
}
