package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.contract.AbstractIdempotencyStoreContract;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The idempotency store's contract on PostgreSQL, and a concurrent claim of one key. */
class JdbiIdempotencyStoreTest extends AbstractIdempotencyStoreContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected IdempotencyStores newStores() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    return new IdempotencyStores(new JdbiIdempotencyStore(jdbi), new JdbiTransactionRunner(jdbi));
  }

  @Test
  void aSecondClaimOfTheSameKeyWaitsForTheFirstAndThenFindsItsResponse() throws Exception {
    Jdbi jdbi = DB.jdbi();
    JdbiIdempotencyStore store = new JdbiIdempotencyStore(jdbi);
    JdbiTransactionRunner tx = new JdbiTransactionRunner(jdbi);
    IdempotentRequest request = new IdempotentRequest(new UserId(UUID.randomUUID()), new IdempotencyKey("race"), "f");
    Instant now = Instant.parse("2026-05-01T10:00:00Z");
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tx.inTransaction(() -> {
      boolean won = store.claim(request, now, now.minusSeconds(86_400));
      claimed.countDown();
      await(release);
      store.complete(request.caller(), request.key(), new RecordedResponse(201, Map.of(), "{\"first\":true}"));
      return won;
    }));
    assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> tx.inTransaction(() ->
        store.claim(request, now, now.minusSeconds(86_400))));
    Thread.sleep(300);
    assertThat(second).as("waits on the first claim").isNotDone();

    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(store.find(request.caller(), request.key()).orElseThrow().response().orElseThrow().body())
        .isEqualTo("{\"first\":true}");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
