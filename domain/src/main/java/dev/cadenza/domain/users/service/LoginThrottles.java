package dev.cadenza.domain.users.service;

import dev.cadenza.domain.users.port.out.LoginThrottle;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@link LoginThrottle} made of two: one counts under usernames, the other under client
 * addresses, each with its own limit. An address stands for many people (an office behind one NAT,
 * every user behind a proxy that is not configured as trusted), so it can take more failures than
 * one account before it is refused; the account keeps its own, lower limit whatever the address.
 */
public final class LoginThrottles implements LoginThrottle {

  private final LoginThrottle usernames;
  private final LoginThrottle addresses;

  private LoginThrottles(LoginThrottle usernames, LoginThrottle addresses) {
    this.usernames = Objects.requireNonNull(usernames, "usernames");
    this.addresses = Objects.requireNonNull(addresses, "addresses");
  }

  /** Usernames counted by {@code usernames}, client addresses by {@code addresses}. */
  public static LoginThrottle byKind(LoginThrottle usernames, LoginThrottle addresses) {
    return new LoginThrottles(usernames, addresses);
  }

  private LoginThrottle of(String key) {
    return key.startsWith(SignInThrottling.ADDRESS_PREFIX) ? addresses : usernames;
  }

  @Override
  public Optional<Duration> blockedFor(String key) {
    return of(key).blockedFor(key);
  }

  @Override
  public Optional<Duration> tryBegin(String key, String attempt) {
    return of(key).tryBegin(key, attempt);
  }

  @Override
  public void forget(String key, String attempt) {
    of(key).forget(key, attempt);
  }

  @Override
  public void reset(String key) {
    of(key).reset(key);
  }
}
