package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.RateLimitedException;
import java.time.Duration;

/** The caller asked for more exports than the configured limit allows in the current window. */
public class ExportRateLimitedException extends RateLimitedException {

  public ExportRateLimitedException(int limit, Duration window, Duration retryAfter) {
    super("ExportRateLimited", "at most " + limit + " exports per " + describe(window) + " are allowed; try again later",
        retryAfter);
  }

  private static String describe(Duration window) {
    long minutes = window.toMinutes();
    return minutes >= 60 && minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
  }
}
