package dev.cadenza.domain.shared.model;

/** An idempotency key sent again with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends DomainException {
  public IdempotencyKeyReusedException() {
    super("IdempotencyKeyReused", Kind.VALIDATION,
        "this Idempotency-Key was used for a different request; use a new key for a new request");
  }
}
