package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.service.UsersServices;
import dev.cadenza.testing.DirectTransactionRunner;
import java.time.Clock;
import java.time.Duration;

/** The users context on in-memory adapters, with the fakes exposed for inspection. */
public final class InMemoryAccounts {

  public final InMemoryUserRepository users = new InMemoryUserRepository();
  public final InMemorySessionRepository sessions = new InMemorySessionRepository();
  public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
  public final FakePasswordHasher hasher = new FakePasswordHasher();
  public final FakeAccessTokens tokens;
  public final InMemoryLoginThrottle throttle;
  public final InMemoryAuditLog audit = new InMemoryAuditLog();
  public final DirectTransactionRunner tx = new DirectTransactionRunner();
  /** The ports the use cases run on, for variants of them (another password policy or token settings). */
  public final UsersServices.Ports ports;
  public final UserAccounts useCases;

  public InMemoryAccounts(Clock clock) {
    this.tokens = new FakeAccessTokens(clock);
    this.throttle = new InMemoryLoginThrottle(10, Duration.ofMinutes(5), clock);
    this.ports = new UsersServices.Ports(users, sessions, apiKeys, hasher, tokens, throttle, audit, tx, clock,
        PasswordPolicy.DEFAULT, TokenSettings.DEFAULT);
    this.useCases = UsersServices.create(ports);
  }
}
