package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.contract.AbstractLoginThrottleContract;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InProcessLoginThrottleTest extends AbstractLoginThrottleContract {

  @Override
  protected LoginThrottle newThrottle(int limit, Duration window, MutableClock clock) {
    return new InProcessLoginThrottle(limit, window, clock);
  }

  @Test
  void concurrentFailuresAreAllCounted() throws Exception {
    InProcessLoginThrottle throttle = new InProcessLoginThrottle(200, Duration.ofMinutes(1), clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 199; i++) {
      pool.submit(() -> throttle.recordFailure("addr:1.2.3.4"));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(throttle.blockedFor("addr:1.2.3.4")).isEmpty();

    throttle.recordFailure("addr:1.2.3.4");

    assertThat(throttle.blockedFor("addr:1.2.3.4")).isPresent();
  }
}
