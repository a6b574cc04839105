package dev.cadenza.domain.shared.port.out;

import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

/**
 * The audit trail. Mutating services call {@link #record} inside their transaction, so an entry
 * exists exactly when the change was committed.
 */
public interface AuditLog {

  void record(AuditEntry entry);

  /** Entries matching {@code query}, newest first (by {@code at}, then id), keyset-paginated. */
  Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
