package dev.cadenza.domain.users.port.out;

import dev.cadenza.domain.users.model.AccessClaims;
import java.util.Optional;

/**
 * Signs and checks access tokens (JWT in production). Verification checks the signature, the
 * algorithm, the key id, the expiry and that the token is an access token (never a refresh token).
 */
public interface AccessTokens {

  String issue(AccessClaims claims);

  /** The claims of a valid, unexpired access token; empty for anything else. */
  Optional<AccessClaims> verify(String token);
}
