package dev.cadenza.domain.shared.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a driving adapter answered to an idempotent request, kept so a retry gets the same answer.
 * Opaque to the domain: a status, a few headers and a body in the adapter's own terms.
 */
public record RecordedResponse(int status, Map<String, String> headers, String body) {
  public RecordedResponse {
    headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }
}
