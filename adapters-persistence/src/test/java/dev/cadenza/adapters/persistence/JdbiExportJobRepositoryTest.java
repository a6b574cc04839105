package dev.cadenza.adapters.persistence;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.testing.contract.AbstractExportJobRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The export queue's contract on PostgreSQL, including concurrent claims through real row locks. */
class JdbiExportJobRepositoryTest extends AbstractExportJobRepositoryContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected ExportStores newStores() {
    DB.truncateAll();
    return new ExportStores(JdbiPlaylistStoresTest.stores(DB.jdbi()), new JdbiExportJobRepository(DB.jdbi()));
  }
}
