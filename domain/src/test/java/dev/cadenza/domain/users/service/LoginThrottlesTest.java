package dev.cadenza.domain.users.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryLoginThrottle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottlesTest {

  private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-07T00:00:00Z"));
  private final LoginThrottle throttle = LoginThrottles.byKind(
      new InMemoryLoginThrottle(2, Duration.ofMinutes(5), clock),
      new InMemoryLoginThrottle(4, Duration.ofMinutes(5), clock));

  @Test
  void usernamesAndAddressesAreCountedEachWithItsOwnLimit() {
    String user = SignInThrottling.userKey("ann");
    String address = SignInThrottling.addressKey("192.0.2.1");
    assertThat(throttle.tryBegin(user, "a")).isEmpty();
    assertThat(throttle.tryBegin(user, "b")).isEmpty();
    assertThat(throttle.tryBegin(user, "c")).as("the username's limit is 2").isPresent();
    for (String attempt : new String[] {"a", "b", "c", "d"}) {
      assertThat(throttle.tryBegin(address, attempt)).isEmpty();
    }
    assertThat(throttle.tryBegin(address, "e")).as("the address's limit is 4").isPresent();
    assertThat(throttle.blockedFor(address)).isPresent();

    throttle.forget(address, "a");
    assertThat(throttle.tryBegin(address, "e")).isEmpty();
    throttle.reset(user);
    assertThat(throttle.blockedFor(user)).isEmpty();
    assertThat(throttle.blockedFor(address)).as("a username's reset leaves the address alone").isPresent();
  }
}
