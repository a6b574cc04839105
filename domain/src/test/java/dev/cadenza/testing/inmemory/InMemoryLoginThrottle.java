package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A sliding-window throttle in a map: {@code limit} failures per {@code window}. */
public final class InMemoryLoginThrottle implements LoginThrottle {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  public InMemoryLoginThrottle(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<Duration> blockedFor(String key) {
    Deque<Instant> times = recent(key);
    if (times.size() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(clock.instant(), times.peekFirst().plus(window)));
  }

  @Override
  public synchronized void recordFailure(String key) {
    recent(key).addLast(clock.instant());
  }

  @Override
  public synchronized void reset(String key) {
    failures.remove(key);
  }

  private Deque<Instant> recent(String key) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    Instant cutoff = clock.instant().minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
    return times;
  }
}
