package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.users.model.AccessClaims;
import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.port.out.AccessTokens;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque random access tokens remembered in a map, expiring by the given clock. */
public final class FakeAccessTokens implements AccessTokens {

  private final Map<String, AccessClaims> issued = new ConcurrentHashMap<>();
  private final Clock clock;

  public FakeAccessTokens(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String issue(AccessClaims claims) {
    String token = "fake-access." + Secrets.randomToken(16);
    issued.put(token, claims);
    return token;
  }

  @Override
  public Optional<AccessClaims> verify(String token) {
    return Optional.ofNullable(issued.get(token)).filter(c -> clock.instant().isBefore(c.expiresAt()));
  }
}
