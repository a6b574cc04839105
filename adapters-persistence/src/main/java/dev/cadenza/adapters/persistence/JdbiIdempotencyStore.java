package dev.cadenza.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotencyRecord;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link IdempotencyStore} on PostgreSQL, shared by every instance. A claim is an
 * {@code INSERT ... ON CONFLICT} on the primary key (caller, key): a concurrent claim of the same key
 * waits until the first transaction ends, then either finds its committed record or, when it rolled
 * back, takes the key.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {

  private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
  };

  private final IdempotencyKeyDao dao;
  private final ObjectMapper json = new ObjectMapper();

  public JdbiIdempotencyStore(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, IdempotencyKeyDao.class);
  }

  @Override
  public boolean claim(IdempotentRequest request, Instant now, Instant expiredBefore) {
    return dao.claim(request.caller().value(), request.key().value(), request.fingerprint(), Times.toColumn(now),
        Times.toColumn(expiredBefore)) > 0;
  }

  @Override
  public void complete(UserId caller, IdempotencyKey key, RecordedResponse response) {
    String headers;
    try {
      headers = json.writeValueAsString(response.headers());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("headers must be plain strings", e);
    }
    if (dao.complete(caller.value(), key.value(), response.status(), headers, response.body()) == 0) {
      throw new IllegalStateException("no claim for idempotency key " + key);
    }
  }

  @Override
  public Optional<IdempotencyRecord> find(UserId caller, IdempotencyKey key) {
    return dao.find(caller.value(), key.value()).map(s -> new IdempotencyRecord(caller, key, s.fingerprint(),
        s.createdAt().toInstant(), s.status() == null ? Optional.empty()
        : Optional.of(new RecordedResponse(s.status(), headers(s.headers()), s.body()))));
  }

  @Override
  public int purgeCreatedBefore(Instant cutoff) {
    return dao.purge(Times.toColumn(cutoff));
  }

  private Map<String, String> headers(String text) {
    try {
      return json.readValue(text, HEADERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("idempotency_keys holds headers that are not a JSON object", e);
    }
  }
}
