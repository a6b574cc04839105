package dev.cadenza.adapters.cache;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.contract.AbstractLoginThrottleContract;
import java.time.Duration;

/** The in-process throttle keeps the throttle contract (concurrent attempts included). */
class InProcessLoginThrottleTest extends AbstractLoginThrottleContract {

  @Override
  protected LoginThrottle newThrottle(int limit, Duration window, MutableClock clock) {
    return new InProcessLoginThrottle(limit, window, clock);
  }
}
