package dev.cadenza.domain.shared.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.in.ListAuditEntriesUseCase;
import dev.cadenza.domain.shared.port.out.AuditLog;

public final class ListAuditEntriesService implements ListAuditEntriesUseCase {

  private final AuditLog audit;

  public ListAuditEntriesService(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public Page<AuditEntry> listAuditEntries(Actor admin, AuditQuery query, PageRequest page) {
    Access.requireAdmin(admin);
    return audit.find(query, page);
  }
}
