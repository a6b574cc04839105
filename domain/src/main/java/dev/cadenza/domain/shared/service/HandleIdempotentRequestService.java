package dev.cadenza.domain.shared.service;

import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.IdempotencyKeyReusedException;
import dev.cadenza.domain.shared.model.IdempotencyRecord;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.IdempotentResult;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
import dev.cadenza.domain.shared.port.out.IdempotencyStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Claims the key, runs the work and stores its response in one transaction (the work's own
 * transaction joins it). A concurrent request with the same key waits on the claim until the first
 * one commits and then replays its response, or takes the key over when the first one rolled back.
 */
public final class HandleIdempotentRequestService implements HandleIdempotentRequestUseCase {

  /** How long keys live by default: the API promises at least 24 hours. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  private final IdempotencyStore store;
  private final TransactionRunner tx;
  private final Clock clock;
  private final Duration lifetime;

  public HandleIdempotentRequestService(IdempotencyStore store, TransactionRunner tx, Clock clock, Duration lifetime) {
    this.store = Objects.requireNonNull(store, "store");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("the key lifetime must be positive");
    }
  }

  @Override
  public IdempotentResult handle(IdempotentRequest request, Supplier<RecordedResponse> work) {
    return tx.inTransaction(() -> {
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      if (store.claim(request, now, now.minus(lifetime))) {
        RecordedResponse response = Objects.requireNonNull(work.get(), "the work answered no response");
        store.complete(request.caller(), request.key(), response);
        return new IdempotentResult(response, false);
      }
      IdempotencyRecord existing = store.find(request.caller(), request.key())
          .orElseThrow(() -> new ConcurrentModificationException("IdempotencyKey", request.key().value()));
      if (!existing.fingerprint().equals(request.fingerprint())) {
        throw new IdempotencyKeyReusedException();
      }
      RecordedResponse response = existing.response()
          .orElseThrow(() -> new ConcurrentModificationException("IdempotencyKey", request.key().value()));
      return new IdempotentResult(response, true);
    });
  }
}
