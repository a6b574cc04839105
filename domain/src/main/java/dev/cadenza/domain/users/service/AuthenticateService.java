package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.users.model.AccessClaims;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.AuthenticateUseCase;
import dev.cadenza.domain.users.port.in.Authenticated;
import dev.cadenza.domain.users.port.out.AccessTokens;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials on every request. The token's signature and expiry are checked without I/O;
 * the account (active, current roles) and the session (not revoked) come from the repositories,
 * which the service wires behind a cache so this stays cheap.
 */
public final class AuthenticateService implements AuthenticateUseCase {

  /** API key use is recorded at most this often, not on every request. */
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  private final AccessTokens tokens;
  private final UserRepository users;
  private final SessionRepository sessions;
  private final ApiKeyRepository apiKeys;
  private final Clock clock;

  public AuthenticateService(AccessTokens tokens, UserRepository users, SessionRepository sessions,
                             ApiKeyRepository apiKeys, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.sessions = sessions;
    this.apiKeys = apiKeys;
    this.clock = clock;
  }

  @Override
  public Optional<Authenticated> byAccessToken(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      return Optional.empty();
    }
    Optional<AccessClaims> claims = tokens.verify(accessToken);
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    AccessClaims c = claims.get();
    boolean sessionAlive = sessions.findSession(c.session()).map(s -> !s.isRevoked() && s.user().equals(c.user()))
        .orElse(false);
    if (!sessionAlive) {
      return Optional.empty();
    }
    return activeUser(c.user()).map(u -> new Authenticated(Actor.user(u.id(), u.roles()), Optional.of(c.session())));
  }

  @Override
  public Optional<Authenticated> byApiKey(String apiKey) {
    Optional<ApiKeyFormat.Parts> parts = ApiKeyFormat.parse(apiKey);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Optional<ApiKey> key = apiKeys.findByPrefix(parts.get().prefix())
        .filter(k -> !k.isRevoked())
        .filter(k -> Secrets.sameHash(k.secretHash(), Secrets.sha256Hex(parts.get().secret())));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<User> owner = activeUser(key.get().owner());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Instant now = UserSupport.now(clock);
    if (key.get().lastUsedAt().map(last -> last.plus(TOUCH_INTERVAL).isBefore(now)).orElse(true)) {
      apiKeys.touch(key.get().id(), now);
    }
    User u = owner.get();
    return Optional.of(new Authenticated(Actor.user(u.id(), u.roles()), Optional.empty()));
  }

  private Optional<User> activeUser(dev.cadenza.domain.shared.model.UserId id) {
    return users.findById(id).filter(User::isActive);
  }
}
