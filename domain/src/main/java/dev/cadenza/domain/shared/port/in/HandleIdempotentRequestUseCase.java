package dev.cadenza.domain.shared.port.in;

import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.IdempotentResult;
import dev.cadenza.domain.shared.model.RecordedResponse;
import java.util.function.Supplier;

/**
 * Runs a creating request at most once per caller and key. The first request runs {@code work} and
 * its response is stored in the same transaction as the work's effects; a retry with the same
 * fingerprint gets that response back without running anything, and one with another fingerprint
 * is refused ({@link dev.cadenza.domain.shared.model.IdempotencyKeyReusedException}). When the work
 * fails nothing is kept, so a retry runs it again. Keys expire after a configured lifetime.
 */
public interface HandleIdempotentRequestUseCase {
  IdempotentResult handle(IdempotentRequest request, Supplier<RecordedResponse> work);
}
