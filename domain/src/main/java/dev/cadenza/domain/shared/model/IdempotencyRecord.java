package dev.cadenza.domain.shared.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored idempotency key: the request it was first used for and, once that request's work
 * committed, the response to replay. The response is empty only while the first request runs.
 */
public record IdempotencyRecord(UserId caller, IdempotencyKey key, String fingerprint, Instant createdAt,
                                Optional<RecordedResponse> response) {
  public IdempotencyRecord {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(createdAt, "createdAt");
    response = response == null ? Optional.empty() : response;
  }
}
