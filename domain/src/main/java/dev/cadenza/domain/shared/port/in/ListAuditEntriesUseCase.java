package dev.cadenza.domain.shared.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

/** The audit trail, newest first, for admins. */
public interface ListAuditEntriesUseCase {
  Page<AuditEntry> listAuditEntries(Actor admin, AuditQuery query, PageRequest page);
}
