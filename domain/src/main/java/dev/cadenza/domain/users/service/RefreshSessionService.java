package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.RefreshSessionUseCase;
import dev.cadenza.domain.users.port.in.TokenPair;
import dev.cadenza.domain.users.port.out.AccessTokens;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Refresh-token rotation with reuse detection; without rotation ({@link TokenSettings#rotateRefreshTokens()}
 * false) a refresh hands out a new access token and the refresh token stays valid, but only for
 * sessions opened without rotation too ({@link Session#rotatesRefreshTokens()}).
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final AccessTokens tokens;
  private final TokenSettings settings;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public RefreshSessionService(UserRepository users, SessionRepository sessions, AccessTokens tokens,
                               TokenSettings settings, AuditLog audit, TransactionRunner tx, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.tokens = tokens;
    this.settings = settings;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public TokenPair refresh(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new InvalidCredentialsException();
    }
    // A reused token revokes its session; that revocation must commit, so the outcome is returned
    // from the transaction and the refusal thrown after it.
    Optional<TokenPair> outcome = tx.inTransaction(() -> {
      Instant now = UserSupport.now(clock);
      Optional<RefreshToken> found = sessions.findTokenForUpdate(Secrets.sha256Hex(refreshToken));
      if (found.isEmpty()) {
        return Optional.<TokenPair>empty();
      }
      RefreshToken token = found.get();
      if (token.usedAt().isPresent()) {
        if (sessions.revoke(token.session(), now)) {
          audit.record(UserSupport.audit(clock, now, Actor.system(), "session.token-reuse", "session",
              token.session(), Map.of(), Map.of("user", token.user().toString(), "revoked", true)));
        }
        return Optional.<TokenPair>empty();
      }
      Optional<Session> session = sessions.findSession(token.session()).filter(s -> !s.isRevoked());
      Optional<User> user = users.findById(token.user()).filter(User::isActive);
      if (session.isEmpty() || token.isExpiredAt(now) || user.isEmpty()) {
        return Optional.<TokenPair>empty();
      }
      // a token of a rotating sign-in is single use wherever it is presented
      if (!settings.rotateRefreshTokens() && !session.get().rotatesRefreshTokens()) {
        return Optional.of(Sessions.reissueAccess(tokens, settings, user.get(), token.session(), refreshToken, now));
      }
      sessions.markTokenUsed(token.tokenHash(), now);
      return Optional.of(Sessions.issue(sessions, tokens, settings, user.get(), token.session(), now));
    });
    return outcome.orElseThrow(InvalidCredentialsException::new);
  }
}
