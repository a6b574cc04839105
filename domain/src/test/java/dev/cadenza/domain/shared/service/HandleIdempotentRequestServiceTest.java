package dev.cadenza.domain.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotencyKeyReusedException;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.IdempotentResult;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryIdempotencyStore;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HandleIdempotentRequestServiceTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final DirectTransactionRunner tx = new DirectTransactionRunner();
  private final HandleIdempotentRequestService service = new HandleIdempotentRequestService(
      new InMemoryIdempotencyStore(), tx, clock, Duration.ofHours(24));
  private final UserId caller = new UserId(UUID.randomUUID());
  private final AtomicInteger runs = new AtomicInteger();

  private IdempotentResult send(String key, String fingerprint) {
    return service.handle(new IdempotentRequest(caller, new IdempotencyKey(key), fingerprint), () -> {
      int n = runs.incrementAndGet();
      assertThat(tx.inTransaction()).as("the work runs inside the key's transaction").isTrue();
      return new RecordedResponse(201, Map.of("Location", "/things/" + n), "{\"n\":" + n + "}");
    });
  }

  @Test
  void theFirstRequestRunsAndARetryReplaysItsResponse() {
    IdempotentResult first = send("k", "body-a");
    IdempotentResult retry = send("k", "body-a");

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(first.response());
    assertThat(runs).hasValue(1);
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefused() {
    send("k", "body-a");

    assertThatThrownBy(() -> send("k", "body-b")).isInstanceOfSatisfying(IdempotencyKeyReusedException.class,
        e -> assertThat(e.code()).isEqualTo("IdempotencyKeyReused"));
    assertThat(runs).hasValue(1);
  }

  @Test
  void failedWorkKeepsNothingSoARetryRunsAgain() {
    IdempotentRequest request = new IdempotentRequest(caller, new IdempotencyKey("k"), "a");
    assertThatThrownBy(() -> service.handle(request, () -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(send("k", "a").replayed()).isFalse();
  }

  @Test
  void keysExpire() {
    send("k", "a");
    clock.advance(Duration.ofHours(24).plusSeconds(1));

    IdempotentResult later = send("k", "b");

    assertThat(later.replayed()).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void keysAreVisibleAsciiUpTo255Characters() {
    new IdempotencyKey("a".repeat(255));
    for (String bad : new String[] {"", "a".repeat(256), "with space", "naïve"}) {
      assertThatThrownBy(() -> new IdempotencyKey(bad)).isInstanceOf(ValidationException.class);
    }
  }
}
