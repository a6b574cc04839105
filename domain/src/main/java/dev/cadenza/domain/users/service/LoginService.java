package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import dev.cadenza.domain.users.port.in.LoginCommand;
import dev.cadenza.domain.users.port.in.LoginUseCase;
import dev.cadenza.domain.users.port.in.TokenPair;
import dev.cadenza.domain.users.port.out.AccessTokens;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class LoginService implements LoginUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final AccessTokens tokens;
  private final LoginThrottle throttle;
  private final TokenSettings settings;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public LoginService(UserRepository users, SessionRepository sessions, PasswordHasher hasher, AccessTokens tokens,
                      LoginThrottle throttle, TokenSettings settings, AuditLog audit, TransactionRunner tx,
                      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.tokens = tokens;
    this.throttle = throttle;
    this.settings = settings;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public TokenPair login(LoginCommand command) {
    String name = command.username() == null ? "" : command.username().strip().toLowerCase(Locale.ROOT);
    String userKey = SignInThrottling.userKey(name);
    String addressKey = SignInThrottling.addressKey(command.clientAddress());
    SignInThrottling.refuseIfBlocked(throttle, List.of(userKey, addressKey));
    String password = command.password() == null ? "" : command.password();
    Optional<User> user = find(name);
    boolean passwordMatches;
    if (user.isPresent()) {
      passwordMatches = hasher.matches(password, user.get().passwordHash());
    } else {
      hasher.simulateCheck(password);
      passwordMatches = false;
    }
    if (!passwordMatches || !user.get().isActive()) {
      throttle.recordFailure(userKey);
      throttle.recordFailure(addressKey);
      Instant now = UserSupport.now(clock);
      String resource = user.map(u -> u.id().toString()).orElse(name);
      tx.inTransaction(() -> audit.record(UserSupport.audit(clock, now, Actor.anonymous(), "user.login-failed",
          "user", resource, Map.of(), Map.of("username", name, "clientAddress", String.valueOf(command.clientAddress())))));
      throw new InvalidCredentialsException();
    }
    throttle.reset(userKey);
    User signedIn = user.get();
    return tx.inTransaction(() -> {
      Instant now = UserSupport.now(clock);
      SessionId id = SessionId.generate(clock);
      sessions.addSession(new Session(id, signedIn.id(), now, Optional.empty(), settings.rotateRefreshTokens()));
      return Sessions.issue(sessions, tokens, settings, signedIn, id, now);
    });
  }

  private Optional<User> find(String name) {
    try {
      return users.findByUsername(new Username(name));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }
}
