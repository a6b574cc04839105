package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotencyRecord;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.IdempotencyStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do. */
public abstract class AbstractIdempotencyStoreContract {

  /** An empty store and the transaction runner of its adapter. */
  public record IdempotencyStores(IdempotencyStore store, TransactionRunner tx) {
  }

  protected abstract IdempotencyStores newStores();

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00.123456Z");
  private static final Duration DAY = Duration.ofHours(24);

  private IdempotencyStore store;
  private TransactionRunner tx;
  private final UserId caller = new UserId(UUID.randomUUID());

  @BeforeEach
  void freshStores() {
    IdempotencyStores stores = newStores();
    store = stores.store();
    tx = stores.tx();
  }

  private static RecordedResponse response(String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Location", "/api/v1/playlists/1");
    headers.put("ETag", "\"1\"");
    return new RecordedResponse(201, headers, body);
  }

  private boolean claimAndComplete(IdempotentRequest request, Instant now, RecordedResponse response) {
    return tx.inTransaction(() -> {
      boolean claimed = store.claim(request, now, now.minus(DAY));
      if (claimed) {
        store.complete(request.caller(), request.key(), response);
      }
      return claimed;
    });
  }

  @Test
  void aClaimedKeyKeepsItsRequestAndResponse() {
    IdempotentRequest request = new IdempotentRequest(caller, new IdempotencyKey("key-1"), "fingerprint-a");

    assertThat(claimAndComplete(request, T0, response("{\"id\":1}"))).isTrue();

    IdempotencyRecord found = store.find(caller, request.key()).orElseThrow();
    assertThat(found.fingerprint()).isEqualTo("fingerprint-a");
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(found.response()).contains(response("{\"id\":1}"));
    assertThat(found.response().get().headers()).containsEntry("ETag", "\"1\"");
  }

  @Test
  void aLiveKeyCannotBeClaimedAgainWhateverTheRequest() {
    IdempotentRequest request = new IdempotentRequest(caller, new IdempotencyKey("key-2"), "a");
    claimAndComplete(request, T0, response("first"));

    assertThat(claimAndComplete(request, T0.plusSeconds(60), response("second"))).isFalse();
    assertThat(claimAndComplete(new IdempotentRequest(caller, request.key(), "b"), T0.plus(Duration.ofHours(23)),
        response("third"))).isFalse();
    assertThat(store.find(caller, request.key()).orElseThrow().response()).contains(response("first"));
  }

  @Test
  void keysBelongToTheirCaller() {
    IdempotencyKey key = new IdempotencyKey("shared-key");
    claimAndComplete(new IdempotentRequest(caller, key, "a"), T0, response("mine"));
    UserId other = new UserId(UUID.randomUUID());

    assertThat(claimAndComplete(new IdempotentRequest(other, key, "b"), T0, response("theirs"))).isTrue();
    assertThat(store.find(other, key).orElseThrow().response()).contains(response("theirs"));
    assertThat(store.find(caller, key).orElseThrow().response()).contains(response("mine"));
    assertThat(store.find(new UserId(UUID.randomUUID()), key)).isEmpty();
  }

  @Test
  void anExpiredKeyIsClaimedAfresh() {
    IdempotencyKey key = new IdempotencyKey("old-key");
    claimAndComplete(new IdempotentRequest(caller, key, "a"), T0, response("old"));
    Instant later = T0.plus(DAY).plusSeconds(1);

    boolean claimed = tx.inTransaction(() -> store.claim(new IdempotentRequest(caller, key, "b"), later,
        later.minus(DAY)));

    assertThat(claimed).isTrue();
    IdempotencyRecord found = store.find(caller, key).orElseThrow();
    assertThat(found.fingerprint()).isEqualTo("b");
    assertThat(found.createdAt()).isEqualTo(later);
  }

  @Test
  void aClaimWhoseWorkFailedLeavesTheKeyFree() {
    IdempotentRequest request = new IdempotentRequest(caller, new IdempotencyKey("failing"), "a");
    try {
      tx.inTransaction(() -> {
        store.claim(request, T0, T0.minus(DAY));
        throw new IllegalStateException("the work failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(claimAndComplete(request, T0.plusSeconds(1), response("retried"))).isTrue();
    assertThat(store.find(caller, request.key()).orElseThrow().response()).contains(response("retried"));
  }

  @Test
  void purgeDeletesRecordsCreatedBeforeTheCutoff() {
    claimAndComplete(new IdempotentRequest(caller, new IdempotencyKey("a"), "a"), T0, response("a"));
    claimAndComplete(new IdempotentRequest(caller, new IdempotencyKey("b"), "b"), T0.plusSeconds(10), response("b"));

    assertThat(tx.inTransaction(() -> store.purgeCreatedBefore(T0.plusSeconds(5)))).isEqualTo(1);
    assertThat(store.find(caller, new IdempotencyKey("a"))).isEmpty();
    assertThat(store.find(caller, new IdempotencyKey("b"))).isPresent();
  }
}
