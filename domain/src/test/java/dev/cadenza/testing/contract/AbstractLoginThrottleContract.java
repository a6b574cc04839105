package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginThrottle} must do, configured for 3 attempts per minute. Adapters build
 * theirs from the given clock (or, when they cannot use it, must still satisfy the tests that do
 * not move it: {@code movesWithTheClock()} returns false then).
 */
public abstract class AbstractLoginThrottleContract {

  protected final MutableClock clock = MutableClock.startingAt("2026-04-01T08:00:00Z");
  private LoginThrottle throttle;
  private String key;

  /** A throttle allowing {@code limit} counted attempts per {@code window}. */
  protected abstract LoginThrottle newThrottle(int limit, Duration window, MutableClock clock);

  protected boolean movesWithTheClock() {
    return true;
  }

  @BeforeEach
  void freshThrottle() {
    throttle = newThrottle(3, Duration.ofMinutes(1), clock);
    key = "user:" + UUID.randomUUID();
  }

  private void fail(String key) {
    assertThat(throttle.tryBegin(key, UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void blocksAfterTheLimitWithAWaitWithinTheWindow() {
    for (int i = 0; i < 2; i++) {
      fail(key);
    }
    assertThat(throttle.blockedFor(key)).isEmpty();

    fail(key);

    assertThat(throttle.blockedFor(key)).hasValueSatisfying(
        wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    assertThat(throttle.tryBegin(key, "one-more")).hasValueSatisfying(
        wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
  }

  @Test
  void aRefusedAttemptIsNotCounted() {
    for (int i = 0; i < 3; i++) {
      fail(key);
    }
    clock.advance(Duration.ofSeconds(30));
    assertThat(throttle.tryBegin(key, "refused")).isPresent();
    if (!movesWithTheClock()) {
      return;
    }
    // the three counted ones leave the window; had the refused one been counted, it would block on
    clock.advance(Duration.ofSeconds(31));
    assertThat(throttle.tryBegin(key, "later")).isEmpty();
  }

  @Test
  void aForgottenAttemptNoLongerCounts() {
    fail(key);
    fail(key);
    assertThat(throttle.tryBegin(key, "right-password")).isEmpty();
    assertThat(throttle.blockedFor(key)).isPresent();

    throttle.forget(key, "right-password");

    assertThat(throttle.blockedFor(key)).isEmpty();
    throttle.forget(key, "never-counted");
    assertThat(throttle.tryBegin(key, "next")).isEmpty();
    assertThat(throttle.blockedFor(key)).isPresent();
  }

  @Test
  void concurrentAttemptsNeverExceedTheLimit() throws Exception {
    int callers = 24;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> counted = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        String attempt = "attempt-" + i;
        counted.add(pool.submit(() -> {
          start.await();
          return throttle.tryBegin(key, attempt).isEmpty();
        }));
      }
      start.countDown();
      int admitted = 0;
      for (Future<Boolean> f : counted) {
        admitted += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keysAreIndependentAndResetClears() {
    for (int i = 0; i < 3; i++) {
      fail(key);
    }
    assertThat(throttle.blockedFor("user:someone-else-" + UUID.randomUUID())).isEmpty();

    throttle.reset(key);

    assertThat(throttle.blockedFor(key)).isEmpty();
  }

  @Test
  void movesWithTheClock_unblocksAfterTheWindow() {
    if (!movesWithTheClock()) {
      return;
    }
    for (int i = 0; i < 3; i++) {
      fail(key);
    }
    clock.advance(Duration.ofSeconds(61));

    assertThat(throttle.blockedFor(key)).isEmpty();
  }
}
