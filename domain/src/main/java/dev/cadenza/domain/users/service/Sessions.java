package dev.cadenza.domain.users.service;

import dev.cadenza.domain.users.model.AccessClaims;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.TokenPair;
import dev.cadenza.domain.users.port.out.AccessTokens;
import dev.cadenza.domain.users.port.out.SessionRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Hands out a token pair for a session: the access token and a fresh, stored refresh token (or, without
 * rotation, the refresh token the client has).
 */
final class Sessions {

  private static final int REFRESH_TOKEN_BYTES = 32;

  private Sessions() {
  }

  static TokenPair issue(SessionRepository sessions, AccessTokens tokens, TokenSettings settings, User user,
                         SessionId session, Instant now) {
    String refresh = Secrets.randomToken(REFRESH_TOKEN_BYTES);
    sessions.addToken(new RefreshToken(Secrets.sha256Hex(refresh), session, user.id(), now,
        now.plus(settings.refreshTokenLifetime()), Optional.empty()));
    String access = tokens.issue(new AccessClaims(user.id(), session, user.roles(), now,
        now.plus(settings.accessTokenLifetime())));
    return new TokenPair(access, refresh, settings.accessTokenLifetime());
  }

  /** A new access token for a session whose refresh token stays as it is (no rotation). */
  static TokenPair reissueAccess(AccessTokens tokens, TokenSettings settings, User user, SessionId session,
                                 String refreshToken, Instant now) {
    String access = tokens.issue(new AccessClaims(user.id(), session, user.roles(), now,
        now.plus(settings.accessTokenLifetime())));
    return new TokenPair(access, refreshToken, settings.accessTokenLifetime());
  }
}
