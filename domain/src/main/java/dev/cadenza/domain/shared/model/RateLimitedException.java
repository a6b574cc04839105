package dev.cadenza.domain.shared.model;

import java.time.Duration;

/** The caller did something too often; it may try again after {@link #retryAfter()}. */
public abstract class RateLimitedException extends DomainException {

  private final Duration retryAfter;

  protected RateLimitedException(String code, String message, Duration retryAfter) {
    super(code, Kind.RATE_LIMITED, message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
