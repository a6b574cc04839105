package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.port.out.AccessTokens;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.util.Objects;

/** Wires every users use case over the given outgoing ports. */
public final class UsersServices {

  /**
   * The outgoing ports and settings of the users context. {@code credentialUsers} is what checking a
   * request's credentials reads accounts through (by id, on every authenticated request): it may be a
   * cache that lags changes made elsewhere by a documented time; {@code users} serves everything else,
   * the accounts shown to callers included, and must not lag.
   */
  public record Ports(UserRepository users, SessionRepository sessions, ApiKeyRepository apiKeys,
                      PasswordHasher hasher, AccessTokens tokens, LoginThrottle throttle, AuditLog audit,
                      TransactionRunner tx, Clock clock, PasswordPolicy passwordPolicy, TokenSettings tokenSettings,
                      UserRepository credentialUsers) {
    public Ports {
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(credentialUsers, "credentialUsers");
      Objects.requireNonNull(sessions, "sessions");
      Objects.requireNonNull(apiKeys, "apiKeys");
      Objects.requireNonNull(hasher, "hasher");
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(throttle, "throttle");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(passwordPolicy, "passwordPolicy");
      Objects.requireNonNull(tokenSettings, "tokenSettings");
    }

    /** Credentials checked through {@code users} too. */
    public Ports(UserRepository users, SessionRepository sessions, ApiKeyRepository apiKeys, PasswordHasher hasher,
                 AccessTokens tokens, LoginThrottle throttle, AuditLog audit, TransactionRunner tx, Clock clock,
                 PasswordPolicy passwordPolicy, TokenSettings tokenSettings) {
      this(users, sessions, apiKeys, hasher, tokens, throttle, audit, tx, clock, passwordPolicy, tokenSettings, users);
    }

    /** The same ports with another password policy (for accounts registered through these use cases). */
    public Ports withPasswordPolicy(PasswordPolicy policy) {
      return new Ports(users, sessions, apiKeys, hasher, tokens, throttle, audit, tx, clock, policy, tokenSettings,
          credentialUsers);
    }

    /** The same ports with other token settings. */
    public Ports withTokenSettings(TokenSettings settings) {
      return new Ports(users, sessions, apiKeys, hasher, tokens, throttle, audit, tx, clock, passwordPolicy, settings,
          credentialUsers);
    }
  }

  private UsersServices() {
  }

  public static UserAccounts create(Ports p) {
    RegisterUserService register = new RegisterUserService(p.users(), p.hasher(), p.passwordPolicy(), p.audit(),
        p.tx(), p.clock());
    return new UserAccounts(
        register,
        new GetUserService(p.users()),
        new UpdateProfileService(p.users(), p.sessions(), p.hasher(), p.throttle(), p.passwordPolicy(), p.audit(),
            p.tx(), p.clock()),
        new SetUserStatusService(p.users(), p.sessions(), p.audit(), p.tx(), p.clock()),
        new SetUserRolesService(p.users(), p.audit(), p.tx(), p.clock()),
        new LoginService(p.users(), p.sessions(), p.hasher(), p.tokens(), p.throttle(), p.tokenSettings(), p.audit(),
            p.tx(), p.clock()),
        new RefreshSessionService(p.users(), p.sessions(), p.tokens(), p.tokenSettings(), p.audit(), p.tx(), p.clock()),
        new LogoutService(p.sessions(), p.tx(), p.clock()),
        new AuthenticateService(p.tokens(), p.credentialUsers(), p.sessions(), p.apiKeys(), p.clock()),
        new ManageApiKeysService(p.apiKeys(), p.audit(), p.tx(), p.clock()),
        new CreateAdminService(p.users(), register));
  }
}
