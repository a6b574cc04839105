package dev.cadenza.domain.users.port.in;

import java.time.Duration;
import java.util.Objects;

/** What a sign-in or a refresh hands out: a short-lived access token and its refresh token. */
public record TokenPair(String accessToken, String refreshToken, Duration accessTokenLifetime) {
  public TokenPair {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
  }

  @Override
  public String toString() {
    return "TokenPair[hidden]";
  }
}
