package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginThrottle} must do, configured for 3 failures per minute. Adapters build
 * theirs from the given clock (or, when they cannot use it, must still satisfy the tests that do
 * not move it: {@code movesWithTheClock()} returns false then).
 */
public abstract class AbstractLoginThrottleContract {

  protected final MutableClock clock = MutableClock.startingAt("2026-04-01T08:00:00Z");
  private LoginThrottle throttle;
  private String key;

  /** A throttle allowing 3 failures per minute. */
  protected abstract LoginThrottle newThrottle(int limit, Duration window, MutableClock clock);

  protected boolean movesWithTheClock() {
    return true;
  }

  @BeforeEach
  void freshThrottle() {
    throttle = newThrottle(3, Duration.ofMinutes(1), clock);
    key = "user:" + UUID.randomUUID();
  }

  @Test
  void blocksAfterTheLimitWithAWaitWithinTheWindow() {
    for (int i = 0; i < 2; i++) {
      throttle.recordFailure(key);
    }
    assertThat(throttle.blockedFor(key)).isEmpty();

    throttle.recordFailure(key);

    assertThat(throttle.blockedFor(key)).hasValueSatisfying(
        wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
  }

  @Test
  void keysAreIndependentAndResetClears() {
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure(key);
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
      throttle.recordFailure(key);
    }
    clock.advance(Duration.ofSeconds(61));

    assertThat(throttle.blockedFor(key)).isEmpty();
  }
}
