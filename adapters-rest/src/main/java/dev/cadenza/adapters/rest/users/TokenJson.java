package dev.cadenza.adapters.rest.users;

import dev.cadenza.domain.users.port.in.TokenPair;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a sign-in or a refresh hands out. */
@Schema(name = "Tokens", description = "An access token (send as Authorization: Bearer) and the refresh token "
    + "that renews it.")
public record TokenJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String accessToken,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Single use: each refresh rotates it.")
    String refreshToken,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Bearer") String tokenType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Seconds the access token is valid.")
    long expiresIn) {

  static TokenJson of(TokenPair pair) {
    return new TokenJson(pair.accessToken(), pair.refreshToken(), "Bearer", pair.accessTokenLifetime().toSeconds());
  }
}
