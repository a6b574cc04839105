package dev.cadenza.testing.inmemory;

import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractAuditLogContract;

class InMemoryAuditLogTest extends AbstractAuditLogContract {
  @Override
  protected AuditStores newStores() {
    return new AuditStores(new InMemoryAuditLog(), new DirectTransactionRunner());
  }
}
