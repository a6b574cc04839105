package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.DomainException;
import java.time.Duration;

/** Too many failed sign-ins for this username or client address; try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends DomainException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super("TooManyAttempts", Kind.RATE_LIMITED, "too many failed sign-ins; try again later");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
