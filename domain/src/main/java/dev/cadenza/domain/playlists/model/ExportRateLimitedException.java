package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.DomainException;
import java.time.Duration;

/** The caller asked for more exports than the configured limit allows in the current window. */
public class ExportRateLimitedException extends DomainException {

  private final Duration retryAfter;

  public ExportRateLimitedException(int limit, Duration window, Duration retryAfter) {
    super("ExportRateLimited", Kind.RATE_LIMITED, "at most " + limit + " exports per " + describe(window)
        + " are allowed; try again later");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  private static String describe(Duration window) {
    long minutes = window.toMinutes();
    return minutes >= 60 && minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
  }
}
