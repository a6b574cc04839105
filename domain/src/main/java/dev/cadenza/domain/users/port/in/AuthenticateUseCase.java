package dev.cadenza.domain.users.port.in;

import java.util.Optional;

/**
 * Turns presented credentials into an actor. Empty when the token or key is malformed, forged,
 * expired, revoked, or belongs to an inactive account.
 */
public interface AuthenticateUseCase {

  Optional<Authenticated> byAccessToken(String accessToken);

  Optional<Authenticated> byApiKey(String apiKey);
}
