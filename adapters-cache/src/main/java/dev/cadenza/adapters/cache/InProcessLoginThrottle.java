package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A sliding-window login throttle for a single instance: the failure times of each key, in a
 * bounded Caffeine cache whose entries expire once their window has passed, so memory stays
 * bounded under a flood of distinct usernames.
 */
public final class InProcessLoginThrottle implements LoginThrottle {

  private static final long MAX_KEYS = 100_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Deque<Instant>> failures;

  public InProcessLoginThrottle(int limit, Duration window, Clock clock) {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the limit and the window must be positive");
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    Ticker ticker = () -> {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
    this.failures = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window).maximumSize(MAX_KEYS).build();
  }

  @Override
  public Optional<Duration> blockedFor(String key) {
    Deque<Instant> times = failures.getIfPresent(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times);
      if (times.size() < limit) {
        return Optional.empty();
      }
      Duration wait = Duration.between(clock.instant(), times.peekFirst().plus(window));
      return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }
  }

  @Override
  public void recordFailure(String key) {
    failures.asMap().compute(key, (k, times) -> {
      Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
      synchronized (t) {
        prune(t);
        t.addLast(clock.instant());
        while (t.size() > limit) {
          t.removeFirst();
        }
      }
      return t;
    });
  }

  @Override
  public void reset(String key) {
    failures.invalidate(key);
  }

  private void prune(Deque<Instant> times) {
    Instant cutoff = clock.instant().minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }
}
