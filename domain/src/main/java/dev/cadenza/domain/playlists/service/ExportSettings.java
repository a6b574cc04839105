package dev.cadenza.domain.playlists.service;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How export jobs run: attempts before giving up, the wait before the first retry (doubling after
 * each failed attempt, at most {@code maxRetryDelay}), how long a worker's claim lasts before another
 * worker may take the job over, the per-user limit of export requests in a window, and the public
 * base URL of the service that exported files link to (empty: files carry catalog ids only).
 */
public record ExportSettings(int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay, Duration lease,
                             int perUserLimit, Duration perUserWindow, Optional<URI> publicBaseUrl) {

  public static final ExportSettings DEFAULTS = new ExportSettings(5, Duration.ofSeconds(5), Duration.ofMinutes(10),
      Duration.ofMinutes(2), 20, Duration.ofHours(1), Optional.empty());

  public ExportSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (perUserLimit < 1) {
      throw new IllegalArgumentException("perUserLimit must be at least 1");
    }
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    for (Duration d : new Duration[] {firstRetryDelay, maxRetryDelay, lease, perUserWindow}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("durations must be positive");
      }
    }
  }

  /** The wait after failed attempt number {@code attempt} (1 for the first). */
  public Duration retryDelay(int attempt) {
    Duration delay = firstRetryDelay;
    for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }

  public ExportSettings withPublicBaseUrl(URI url) {
    return new ExportSettings(maxAttempts, firstRetryDelay, maxRetryDelay, lease, perUserLimit, perUserWindow,
        Optional.of(url));
  }
}
