package dev.cadenza.domain.shared.model;

import java.util.Objects;

/**
 * A request made under an idempotency key: who made it, the key, and a fingerprint of everything
 * that makes two requests the same (for HTTP: method, path and body). Keys are per caller.
 */
public record IdempotentRequest(UserId caller, IdempotencyKey key, String fingerprint) {
  public IdempotentRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
