package dev.cadenza.adapters.persistence;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.testing.contract.AbstractAuditLogContract;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiAuditLogTest extends AbstractAuditLogContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected AuditStores newStores() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    return new AuditStores(new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi));
  }
}
