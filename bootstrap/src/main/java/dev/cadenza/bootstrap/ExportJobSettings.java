package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cadenza.domain.playlists.service.ExportSettings;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code exports} section: how many export workers this instance runs (0: none, for API-only
 * instances beside separate {@code worker} processes), how often idle workers look for jobs, retries,
 * the lease after which a dead worker's job is taken over, the per-user limit, and the public URL
 * exported files link to.
 */
public class ExportJobSettings {

  @Min(0)
  @Max(64)
  private int workers = 1;
  @NotNull
  @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS,
      message = "must be at least 10 milliseconds (CADENZA_EXPORT_POLL_INTERVAL): idle workers would poll the database"
          + " without pause")
  private Duration pollInterval = Duration.seconds(1);
  @Min(1)
  @Max(100)
  private int maxAttempts = 5;
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS, message = "must be positive (CADENZA_EXPORT_RETRY_DELAY)")
  private Duration firstRetryDelay = Duration.seconds(5);
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS, message = "must be positive (CADENZA_EXPORT_MAX_RETRY_DELAY)")
  private Duration maxRetryDelay = Duration.minutes(10);
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS, message = "must be at least a second (CADENZA_EXPORT_LEASE)")
  private Duration lease = Duration.minutes(2);
  @Min(1)
  private int perUserLimit = 20;
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS, message = "must be at least a second (CADENZA_EXPORT_LIMIT_WINDOW)")
  private Duration perUserWindow = Duration.hours(1);
  /**
   * How long a finished job and its file are kept before the hourly purge deletes them; zero keeps
   * them for good. At least a day (idempotent replays of a request) and the per-user window (whose
   * limit counts the jobs in it).
   */
  @NotNull
  private Duration retention = Duration.days(30);
  /** The service's public base URL (https://music.example.com); empty: files carry catalog ids only. */
  @NotNull
  private String publicUrl = "";

  ExportSettings toDomain() {
    Optional<URI> base = publicUrl.isBlank() ? Optional.empty() : Optional.of(URI.create(publicUrl.strip()));
    return new ExportSettings(maxAttempts, firstRetryDelay.toJavaDuration(), maxRetryDelay.toJavaDuration(),
        lease.toJavaDuration(), perUserLimit, perUserWindow.toJavaDuration(), base);
  }

  /** The first retry comes no later than the longest delay between retries. */
  @JsonIgnore
  @ValidationMethod(message = "exports.firstRetryDelay (CADENZA_EXPORT_RETRY_DELAY) must not be longer than"
      + " exports.maxRetryDelay (CADENZA_EXPORT_MAX_RETRY_DELAY)")
  public boolean isFirstRetryDelayWithinTheLongest() {
    return firstRetryDelay == null || maxRetryDelay == null
        || firstRetryDelay.toNanoseconds() <= maxRetryDelay.toNanoseconds();
  }

  /** Exported files link to songs under this URL, so it must be one a reader can follow. */
  @JsonIgnore
  @ValidationMethod(message = "exports.publicUrl (CADENZA_PUBLIC_URL) must be empty or an absolute http or https"
      + " URL without query or fragment, such as https://music.example.com")
  public boolean isPublicUrlAbsolute() {
    return SettingUrls.emptyOr(publicUrl,
        uri -> SettingUrls.isHttp(uri) && uri.getQuery() == null && uri.getFragment() == null);
  }

  @JsonProperty
  public Duration getRetention() {
    return retention;
  }

  @JsonProperty
  public void setRetention(Duration retention) {
    this.retention = retention;
  }

  /**
   * The kept jobs must include those the per-user limit counts, and those an idempotent replay of
   * an export request (kept a day) may point at.
   */
  @JsonIgnore
  @ValidationMethod(message = "exports.retention (CADENZA_EXPORT_RETENTION) must be zero (keep for good), or at least"
      + " a day and at least exports.perUserWindow (CADENZA_EXPORT_LIMIT_WINDOW)")
  public boolean isRetentionLongEnough() {
    if (retention == null || perUserWindow == null || retention.toNanoseconds() == 0) {
      return true;
    }
    return retention.toNanoseconds() >= Math.max(perUserWindow.toNanoseconds(), Duration.days(1).toNanoseconds());
  }

  @JsonProperty
  public int getWorkers() {
    return workers;
  }

  @JsonProperty
  public void setWorkers(int workers) {
    this.workers = workers;
  }

  @JsonProperty
  public Duration getPollInterval() {
    return pollInterval;
  }

  @JsonProperty
  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  @JsonProperty
  public int getMaxAttempts() {
    return maxAttempts;
  }

  @JsonProperty
  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  @JsonProperty
  public Duration getFirstRetryDelay() {
    return firstRetryDelay;
  }

  @JsonProperty
  public void setFirstRetryDelay(Duration firstRetryDelay) {
    this.firstRetryDelay = firstRetryDelay;
  }

  @JsonProperty
  public Duration getMaxRetryDelay() {
    return maxRetryDelay;
  }

  @JsonProperty
  public void setMaxRetryDelay(Duration maxRetryDelay) {
    this.maxRetryDelay = maxRetryDelay;
  }

  @JsonProperty
  public Duration getLease() {
    return lease;
  }

  @JsonProperty
  public void setLease(Duration lease) {
    this.lease = lease;
  }

  @JsonProperty
  public int getPerUserLimit() {
    return perUserLimit;
  }

  @JsonProperty
  public void setPerUserLimit(int perUserLimit) {
    this.perUserLimit = perUserLimit;
  }

  @JsonProperty
  public Duration getPerUserWindow() {
    return perUserWindow;
  }

  @JsonProperty
  public void setPerUserWindow(Duration perUserWindow) {
    this.perUserWindow = perUserWindow;
  }

  @JsonProperty
  public String getPublicUrl() {
    return publicUrl;
  }

  @JsonProperty
  public void setPublicUrl(String publicUrl) {
    this.publicUrl = publicUrl == null ? "" : publicUrl;
  }
}
