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

  /** How much of a name that no account can have the throttle and the audit log keep. */
  static final int KEPT_NAME_LENGTH = 64;

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final AccessTokens tokens;
  private final LoginThrottle throttle;
  private final TokenSettings settings;
  private final AuditLog audit;
  /** The audit resource type of a failed sign-in under a name no account has. */
  static final String UNKNOWN_USERNAME = "username";

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
    String userKey = SignInThrottling.userKey(shortened(name));
    String addressKey = SignInThrottling.addressKey(command.clientAddress());
    SignInThrottling.Attempt attempt = SignInThrottling.begin(throttle, List.of(userKey, addressKey));
    boolean failed = false;
    try {
      String password = command.password() == null ? "" : command.password();
      // the name as sent: Username folds ASCII letters only, as registration does (lower-casing first
      // would let the Kelvin sign stand for k); the throttle and the audit use the folded name, so
      // such a name still counts against the account it resembles
      Optional<User> user = find(command.username());
      boolean passwordMatches;
      if (user.isPresent()) {
        passwordMatches = hasher.matches(password, user.get().passwordHash());
      } else {
        hasher.simulateCheck(password);
        passwordMatches = false;
      }
      if (!passwordMatches || !user.get().isActive()) {
        failed = true;
        Instant now = UserSupport.now(clock);
        // an account's entries are under its id; a name that is no account's under the name, as
        // resource type "username": anyone may send any name (another user's id included), and
        // it must not read as a failed sign-in of the user with that id
        String resourceType = user.isPresent() ? "user" : UNKNOWN_USERNAME;
        String resource = user.map(u -> u.id().toString()).orElse(shortened(name));
        tx.inTransaction(() -> audit.record(UserSupport.audit(clock, now, Actor.anonymous(), "user.login-failed",
            resourceType, resource, Map.of(), Map.of("username", shortened(name),
                "clientAddress", String.valueOf(command.clientAddress())))));
        throw new InvalidCredentialsException();
      }
      attempt.succeeded(userKey);
      User signedIn = user.get();
      return tx.inTransaction(() -> {
        Instant now = UserSupport.now(clock);
        SessionId id = SessionId.generate(clock);
        sessions.addSession(new Session(id, signedIn.id(), now, Optional.empty(), settings.rotateRefreshTokens()));
        return Sessions.issue(sessions, tokens, settings, signedIn, id, now);
      });
    } finally {
      if (!failed) {
        // signed in, or the check could not be made (the database unreachable, say): not a failure
        attempt.forget();
      }
    }
  }

  /**
   * A name as the throttle and the audit log keep it: no username is longer than 50 characters, so
   * a longer one is kept as its first {@value #KEPT_NAME_LENGTH} characters and an ellipsis (any
   * length reaches here, up to the body limit).
   */
  static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= KEPT_NAME_LENGTH) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, KEPT_NAME_LENGTH)) + "\u2026";
  }

  private Optional<User> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return users.findByUsername(new Username(name));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }
}
