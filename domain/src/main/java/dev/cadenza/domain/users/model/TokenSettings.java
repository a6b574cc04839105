package dev.cadenza.domain.users.model;

import java.time.Duration;
import java.util.Objects;

/** Lifetimes of the tokens a sign-in hands out. Defaults: 15 minutes and 30 days. */
public record TokenSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime) {

  public static final TokenSettings DEFAULT = new TokenSettings(Duration.ofMinutes(15), Duration.ofDays(30));

  public TokenSettings {
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
    Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
    if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()
        || refreshTokenLifetime.compareTo(accessTokenLifetime) < 0) {
      throw new IllegalArgumentException("lifetimes must be positive, refresh at least as long as access");
    }
  }
}
