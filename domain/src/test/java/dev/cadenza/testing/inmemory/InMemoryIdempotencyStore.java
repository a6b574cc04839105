package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotencyRecord;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link IdempotencyStore} in a map. The fakes cannot roll back, so a claim whose request never
 * completed counts as free: from outside that is what the database does, where such a claim vanishes
 * with its rolled-back transaction.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Key(UserId caller, IdempotencyKey key) {
  }

  private final Map<Key, IdempotencyRecord> records = new HashMap<>();

  @Override
  public synchronized boolean claim(IdempotentRequest request, Instant now, Instant expiredBefore) {
    Key k = new Key(request.caller(), request.key());
    IdempotencyRecord existing = records.get(k);
    if (existing != null && existing.response().isPresent() && !existing.createdAt().isBefore(expiredBefore)) {
      return false;
    }
    records.put(k, new IdempotencyRecord(request.caller(), request.key(), request.fingerprint(), now,
        Optional.empty()));
    return true;
  }

  @Override
  public synchronized void complete(UserId caller, IdempotencyKey key, RecordedResponse response) {
    Key k = new Key(caller, key);
    IdempotencyRecord r = records.get(k);
    if (r == null) {
      throw new IllegalStateException("no claim for " + key);
    }
    records.put(k, new IdempotencyRecord(caller, key, r.fingerprint(), r.createdAt(), Optional.of(response)));
  }

  @Override
  public synchronized Optional<IdempotencyRecord> find(UserId caller, IdempotencyKey key) {
    return Optional.ofNullable(records.get(new Key(caller, key)));
  }

  @Override
  public synchronized int purgeCreatedBefore(Instant cutoff) {
    int before = records.size();
    records.values().removeIf(r -> r.createdAt().isBefore(cutoff));
    return before - records.size();
  }
}
