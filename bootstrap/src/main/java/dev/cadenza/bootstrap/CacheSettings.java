package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code cache} section: Redis when {@code redisUrl} is set ({@code CADENZA_REDIS_URL}), the
 * in-process cache otherwise; how long each kind of entry lives; and how many ratings an item needs
 * to chart by rating.
 */
public class CacheSettings {

  /** {@code redis://[user:password@]host[:port][/db]}; empty: the in-process cache. */
  @NotNull
  private String redisUrl = "";

  /** Connect and read timeout of every Redis operation: a slow Redis costs a request this much at most. */
  @NotNull
  private Duration redisTimeout = Duration.milliseconds(250);

  /** After a Redis failure, operations skip Redis for this long before trying again. */
  @NotNull
  private Duration redisRetryAfter = Duration.seconds(1);

  @Min(1)
  @Max(1024)
  private int redisPoolSize = 32;

  /** Namespace of every key; the format version ({@code :v1:}) is appended. */
  @NotNull
  private String keyPrefix = "cadenza";

  /** Songs and albums read by id. */
  @NotNull
  private Duration catalogTtl = Duration.minutes(10);

  /**
   * Song search pages ordered by song fields; every song change retires them all at once, so this
   * bounds only memory, not staleness.
   */
  @NotNull
  private Duration searchTtl = Duration.seconds(30);

  /** Rating summaries, like counts and likedByMe. */
  @NotNull
  private Duration likesTtl = Duration.minutes(30);

  /** Charts: not evicted on change, so this is how far they may lag. */
  @NotNull
  private Duration chartTtl = Duration.seconds(5);

  /**
   * Share of the JVM's maximum heap, in percent, that the in-process cache's values may take (as
   * estimated from their texts; see {@code InProcessCacheStore}).
   */
  @Min(1)
  @Max(50)
  private int inProcessHeapPercent = 25;

  /**
   * Share of the JVM's maximum heap, in percent, that near copies of Redis values may take
   * ({@code NearCacheStore}); 0 turns them off. Only with Redis.
   */
  @Min(0)
  @Max(50)
  private int nearHeapPercent = 10;

  /** Ratings an item needs to chart by rating. */
  @Min(1)
  @Max(1_000_000)
  private int chartMinimumRatings = 3;

  public boolean usesRedis() {
    return redisUrl != null && !redisUrl.isBlank();
  }

  @JsonProperty
  public String getRedisUrl() {
    return redisUrl;
  }

  @JsonProperty
  public void setRedisUrl(String redisUrl) {
    // An unset ${CADENZA_REDIS_URL:-} reads as null: the in-process cache.
    this.redisUrl = redisUrl == null ? "" : redisUrl;
  }

  @JsonProperty
  public Duration getRedisTimeout() {
    return redisTimeout;
  }

  @JsonProperty
  public void setRedisTimeout(Duration redisTimeout) {
    this.redisTimeout = redisTimeout;
  }

  @JsonProperty
  public Duration getRedisRetryAfter() {
    return redisRetryAfter;
  }

  @JsonProperty
  public void setRedisRetryAfter(Duration redisRetryAfter) {
    this.redisRetryAfter = redisRetryAfter;
  }

  @JsonProperty
  public int getRedisPoolSize() {
    return redisPoolSize;
  }

  @JsonProperty
  public void setRedisPoolSize(int redisPoolSize) {
    this.redisPoolSize = redisPoolSize;
  }

  @JsonProperty
  public String getKeyPrefix() {
    return keyPrefix;
  }

  @JsonProperty
  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  @JsonProperty
  public Duration getSearchTtl() {
    return searchTtl;
  }

  @JsonProperty
  public void setSearchTtl(Duration searchTtl) {
    this.searchTtl = searchTtl;
  }

  @JsonProperty
  public Duration getCatalogTtl() {
    return catalogTtl;
  }

  @JsonProperty
  public void setCatalogTtl(Duration catalogTtl) {
    this.catalogTtl = catalogTtl;
  }

  @JsonProperty
  public Duration getLikesTtl() {
    return likesTtl;
  }

  @JsonProperty
  public void setLikesTtl(Duration likesTtl) {
    this.likesTtl = likesTtl;
  }

  @JsonProperty
  public Duration getChartTtl() {
    return chartTtl;
  }

  @JsonProperty
  public void setChartTtl(Duration chartTtl) {
    this.chartTtl = chartTtl;
  }

  @JsonProperty
  public int getInProcessHeapPercent() {
    return inProcessHeapPercent;
  }

  @JsonProperty
  public void setInProcessHeapPercent(int inProcessHeapPercent) {
    this.inProcessHeapPercent = inProcessHeapPercent;
  }

  /** The in-process cache's bound in bytes: {@link #getInProcessHeapPercent} of {@code maxHeapBytes}. */
  public long inProcessMaxBytes(long maxHeapBytes) {
    return Math.max(1, maxHeapBytes / 100 * inProcessHeapPercent);
  }

  @JsonProperty
  public int getNearHeapPercent() {
    return nearHeapPercent;
  }

  @JsonProperty
  public void setNearHeapPercent(int nearHeapPercent) {
    this.nearHeapPercent = nearHeapPercent;
  }

  /** The near copies' bound in bytes: {@link #getNearHeapPercent} of {@code maxHeapBytes}; 0 when off. */
  public long nearMaxBytes(long maxHeapBytes) {
    return nearHeapPercent == 0 ? 0 : Math.max(1, maxHeapBytes / 100 * nearHeapPercent);
  }

  @JsonProperty
  public int getChartMinimumRatings() {
    return chartMinimumRatings;
  }

  @JsonProperty
  public void setChartMinimumRatings(int chartMinimumRatings) {
    this.chartMinimumRatings = chartMinimumRatings;
  }

  @JsonIgnore
  @ValidationMethod(message = "cache.redisUrl (CADENZA_REDIS_URL) must be empty or redis://[user:password@]host[:port][/db]"
      + " (rediss:// for TLS)")
  public boolean isRedisUrlUsable() {
    // as RedisConnection reads it: the scheme in lower case
    return SettingUrls.emptyOr(redisUrl, uri -> "redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme()));
  }
}
