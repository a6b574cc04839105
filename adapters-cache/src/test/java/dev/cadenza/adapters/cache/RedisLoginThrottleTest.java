package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.contract.AbstractLoginThrottleContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Redis throttle keeps the throttle contract and shares its counts between instances. */
class RedisLoginThrottleTest extends AbstractLoginThrottleContract {

  private final String prefix = TestRedis.uniquePrefix();

  private RedisLoginThrottle throttle(int limit, Duration window, MutableClock clock) {
    CacheMetrics metrics = CacheMetrics.unregistered();
    return new RedisLoginThrottle(RedisConnection.open(TestRedis.sharedUrl(), Duration.ofSeconds(1),
        Duration.ofMillis(200), 4, metrics), prefix, limit, window, clock,
        new InProcessLoginThrottle(limit, window, clock));
  }

  @Override
  protected LoginThrottle newThrottle(int limit, Duration window, MutableClock clock) {
    return throttle(limit, window, clock);
  }

  @Test
  void twoInstancesCountTogether() {
    LoginThrottle one = throttle(3, Duration.ofMinutes(1), clock);
    LoginThrottle two = throttle(3, Duration.ofMinutes(1), clock);
    assertThat(one.tryBegin("user:grace", "a")).isEmpty();
    assertThat(two.tryBegin("user:grace", "b")).isEmpty();
    assertThat(one.blockedFor("user:grace")).isEmpty();

    assertThat(one.tryBegin("user:grace", "c")).isEmpty();

    assertThat(two.blockedFor("user:grace")).isPresent();
    assertThat(two.tryBegin("user:grace", "d")).isPresent();
    two.forget("user:grace", "c");
    assertThat(one.blockedFor("user:grace")).isEmpty();
    assertThat(one.tryBegin("user:grace", "e")).isEmpty();
    two.reset("user:grace");
    assertThat(one.blockedFor("user:grace")).isEmpty();
  }

  @Test
  void withoutRedisTheInstanceThrottlesOnItsOwn() {
    TestRedis own = TestRedis.spawn();
    try {
      CacheMetrics metrics = CacheMetrics.unregistered();
      RedisLoginThrottle alone = new RedisLoginThrottle(RedisConnection.open(own.url(), Duration.ofMillis(200),
          Duration.ofMillis(100), 2, metrics), prefix, 2, Duration.ofMinutes(1), clock,
          new InProcessLoginThrottle(2, Duration.ofMinutes(1), clock));
      own.stop();
      assertThat(alone.tryBegin("addr:10.0.0.1", "a")).isEmpty();
      assertThat(alone.tryBegin("addr:10.0.0.1", "b")).isEmpty();
      assertThat(alone.blockedFor("addr:10.0.0.1")).isPresent();
      assertThat(alone.tryBegin("addr:10.0.0.1", "c")).isPresent();
      assertThat(metrics.failureCount()).isPositive();
    } finally {
      own.close();
    }
  }
}
