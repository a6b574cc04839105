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

/** A sliding-window throttle in a map: {@code limit} counted attempts per {@code window}. */
public final class InMemoryLoginThrottle implements LoginThrottle {

  private record Counted(Instant at, String attempt) {
  }

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Counted>> attempts = new HashMap<>();

  public InMemoryLoginThrottle(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<Duration> blockedFor(String key) {
    Deque<Counted> counted = recent(key);
    if (counted.size() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(clock.instant(), counted.peekFirst().at().plus(window)));
  }

  @Override
  public synchronized Optional<Duration> tryBegin(String key, String attempt) {
    Optional<Duration> wait = blockedFor(key);
    if (wait.isEmpty()) {
      recent(key).addLast(new Counted(clock.instant(), attempt));
    }
    return wait;
  }

  @Override
  public synchronized void forget(String key, String attempt) {
    recent(key).removeIf(c -> c.attempt().equals(attempt));
  }

  @Override
  public synchronized void reset(String key) {
    attempts.remove(key);
  }

  private Deque<Counted> recent(String key) {
    Deque<Counted> counted = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    Instant cutoff = clock.instant().minus(window);
    while (!counted.isEmpty() && !counted.peekFirst().at().isAfter(cutoff)) {
      counted.removeFirst();
    }
    return counted;
  }
}
