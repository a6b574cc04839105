package dev.cadenza.adapters.cache;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sliding-window login throttle shared by every instance through Redis: one sorted set of
 * counted attempts per key ({@code <prefix>throttle:<key>}, the attempt ids scored by their times),
 * trimmed to the window, never over {@code limit} entries (a script counts an attempt or refuses
 * it in one step), expiring with the window. Times come from {@code clock} (the instances'
 * clocks are assumed close). When Redis cannot answer, {@code fallback} (an in-process throttle)
 * counts meanwhile, so logins stay throttled per instance rather than not at all.
 */
public final class RedisLoginThrottle implements LoginThrottle {

  /**
   * KEYS: the set; ARGV: now ms, window ms, limit, member (empty: only ask). Prunes the set to the
   * window; at the limit answers the ms to wait (at least 1), else counts the member, if any, and
   * answers 0.
   */
  private static final String CHECK = """
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
      if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return math.max(1, tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1]))
      end
      if ARGV[4] ~= '' then
        redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
      end
      return 0
      """;

  private final RedisConnection redis;
  private final String prefix;
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final LoginThrottle fallback;

  public RedisLoginThrottle(RedisConnection redis, String keyPrefix, int limit, Duration window, Clock clock,
                            LoginThrottle fallback) {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the limit and the window must be positive");
    }
    this.redis = Objects.requireNonNull(redis, "redis");
    this.prefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    this.limit = limit;
    this.window = window;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** The start of this throttle's keys after the prefix; the cache store's sweeps leave them alone. */
  static final String FAMILY = "throttle:";

  private String key(String key) {
    return prefix + FAMILY + key;
  }

  @Override
  public Optional<Duration> blockedFor(String key) {
    try {
      return check(key, "");
    } catch (CacheUnavailableException e) {
      return fallback.blockedFor(key);
    }
  }

  @Override
  public Optional<Duration> tryBegin(String key, String attempt) {
    try {
      return check(key, attempt);
    } catch (CacheUnavailableException e) {
      return fallback.tryBegin(key, attempt);
    }
  }

  /** Runs {@link #CHECK} for {@code key}, counting {@code attempt} unless it is empty. */
  private Optional<Duration> check(String key, String attempt) {
    Object wait = redis.call(j -> j.eval(CHECK, List.of(key(key)), List.of(Long.toString(clock.millis()),
        Long.toString(window.toMillis()), Integer.toString(limit), attempt)));
    long millis = wait instanceof Long l ? l : Long.parseLong(String.valueOf(wait));
    return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
  }

  @Override
  public void forget(String key, String attempt) {
    fallback.forget(key, attempt);
    try {
      redis.call(j -> j.zrem(key(key), attempt));
    } catch (CacheUnavailableException e) {
      // the attempt expires with the window
    }
  }

  @Override
  public void reset(String key) {
    fallback.reset(key);
    try {
      redis.call(j -> j.del(key(key)));
    } catch (CacheUnavailableException e) {
      // the failures expire with the window
    }
  }
}
