package dev.cadenza.domain.shared.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which resource, with the values before and after.
 * {@code before} and {@code after} hold plain values (strings, numbers, booleans, null) and are
 * empty for creations and deletions respectively. Ids are UUIDv7, so they order like {@code at}.
 */
public record AuditEntry(
    UUID id,
    Instant at,
    String actor,
    String action,
    String resourceType,
    String resourceId,
    Map<String, Object> before,
    Map<String, Object> after) {

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    before = frozen(before);
    after = frozen(after);
  }

  private static Map<String, Object> frozen(Map<String, Object> values) {
    // LinkedHashMap keeps the order and, unlike Map.copyOf, allows null values ("cleared").
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
