package dev.cadenza.domain.shared.port.out;

import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotencyRecord;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys, shared by every instance of the service. Calls join the current transaction, so
 * a claimed key and its response commit (or vanish) with the work they belong to.
 */
public interface IdempotencyStore {

  /**
   * Claims the caller's key for {@code request}: true when the key was free (unknown, or created
   * before {@code expiredBefore}, in which case the old record is replaced). False when a live
   * record exists; when another transaction is claiming the same key right now, this waits for it to
   * end first.
   */
  boolean claim(IdempotentRequest request, Instant now, Instant expiredBefore);

  /** Stores the response of a request this transaction claimed. */
  void complete(UserId caller, IdempotencyKey key, RecordedResponse response);

  Optional<IdempotencyRecord> find(UserId caller, IdempotencyKey key);

  /** Deletes the records created before {@code cutoff}; returns how many. */
  int purgeCreatedBefore(Instant cutoff);
}
