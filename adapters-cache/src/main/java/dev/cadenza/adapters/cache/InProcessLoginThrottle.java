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
import java.util.concurrent.atomic.AtomicReference;

/**
 * A sliding-window login throttle for a single instance: the attempts counted under each key (their
 * times and ids), in a bounded Caffeine cache whose entries expire once their window has passed, so
 * memory stays bounded under a flood of distinct usernames. An attempt is counted, or refused, in one
 * step under the key's lock.
 */
public final class InProcessLoginThrottle implements LoginThrottle {

  private static final long MAX_KEYS = 100_000;

  private record Counted(Instant at, String attempt) {
  }

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Deque<Counted>> attempts;

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
    this.attempts = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window).maximumSize(MAX_KEYS).build();
  }

  @Override
  public Optional<Duration> blockedFor(String key) {
    Deque<Counted> counted = attempts.getIfPresent(key);
    if (counted == null) {
      return Optional.empty();
    }
    synchronized (counted) {
      return waitFor(counted);
    }
  }

  @Override
  public Optional<Duration> tryBegin(String key, String attempt) {
    AtomicReference<Optional<Duration>> refused = new AtomicReference<>();
    attempts.asMap().compute(key, (k, counted) -> {
      Deque<Counted> c = counted == null ? new ArrayDeque<>() : counted;
      synchronized (c) {
        refused.set(waitFor(c));
        if (refused.get().isEmpty()) {
          c.addLast(new Counted(clock.instant(), attempt));
        }
      }
      return c;
    });
    return refused.get();
  }

  @Override
  public void forget(String key, String attempt) {
    attempts.asMap().computeIfPresent(key, (k, counted) -> {
      synchronized (counted) {
        counted.removeIf(c -> c.attempt().equals(attempt));
        return counted.isEmpty() ? null : counted;
      }
    });
  }

  @Override
  public void reset(String key) {
    attempts.invalidate(key);
  }

  /** Prunes {@code counted} to the window; how long to wait when it is at the limit. */
  private Optional<Duration> waitFor(Deque<Counted> counted) {
    Instant now = clock.instant();
    Instant cutoff = now.minus(window);
    while (!counted.isEmpty() && !counted.peekFirst().at().isAfter(cutoff)) {
      counted.removeFirst();
    }
    if (counted.size() < limit) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, counted.peekFirst().at().plus(window));
    return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
  }
}
