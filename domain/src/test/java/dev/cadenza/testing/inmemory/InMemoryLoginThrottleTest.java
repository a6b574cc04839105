package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.contract.AbstractLoginThrottleContract;
import java.time.Duration;

class InMemoryLoginThrottleTest extends AbstractLoginThrottleContract {
  @Override
  protected LoginThrottle newThrottle(int limit, Duration window, MutableClock clock) {
    return new InMemoryLoginThrottle(limit, window, clock);
  }
}
