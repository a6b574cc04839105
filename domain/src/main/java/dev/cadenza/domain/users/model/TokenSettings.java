package dev.cadenza.domain.users.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Lifetimes of the tokens a sign-in hands out, and whether a refresh rotates the refresh token.
 * Defaults: 15 minutes, 30 days, rotation.
 *
 * @param rotateRefreshTokens true (Cadenza's rule): a refresh token is used once, the refresh hands
 *     out its successor, and presenting a used one again revokes the session. False: a refresh hands
 *     out a new access token only, and the refresh token stays valid until logout or expiry, which is
 *     what clients of contracts without rotation (OpenMusic) expect.
 */
public record TokenSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime, boolean rotateRefreshTokens) {

  public static final TokenSettings DEFAULT = new TokenSettings(Duration.ofMinutes(15), Duration.ofDays(30));

  public TokenSettings {
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
    Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
    if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()
        || refreshTokenLifetime.compareTo(accessTokenLifetime) < 0) {
      throw new IllegalArgumentException("lifetimes must be positive, refresh at least as long as access");
    }
  }

  /** These lifetimes with refresh-token rotation. */
  public TokenSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime) {
    this(accessTokenLifetime, refreshTokenLifetime, true);
  }

  /** The same lifetimes, with or without rotation. */
  public TokenSettings withRotation(boolean rotate) {
    return new TokenSettings(accessTokenLifetime, refreshTokenLifetime, rotate);
  }
}
