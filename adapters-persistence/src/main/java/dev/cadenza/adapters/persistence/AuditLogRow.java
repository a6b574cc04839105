package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code audit_log}, with {@code before} and {@code after} as JSON text. */
record AuditLogRow(UUID id, OffsetDateTime at, String actor, String action, String resourceType, String resourceId,
                   String before, String after) {

  static final String COLUMNS = "id, at, actor, action, resource_type, resource_id, before, after";

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("at", at).bind("actor", actor).bind("action", action)
        .bind("resourceType", resourceType).bind("resourceId", resourceId).bind("before", before)
        .bind("after", after);
  }
}
