package dev.cadenza.domain.shared.model;

import java.util.Objects;

/** The answer to an idempotent request, and whether it is the replay of an earlier one. */
public record IdempotentResult(RecordedResponse response, boolean replayed) {
  public IdempotentResult {
    Objects.requireNonNull(response, "response");
  }
}
