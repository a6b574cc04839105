package dev.cadenza.adapters.persistence;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.testing.contract.AbstractApiKeyRepositoryContract;
import dev.cadenza.testing.contract.AccountStores;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiApiKeyRepositoryTest extends AbstractApiKeyRepositoryContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected AccountStores newStores() {
    DB.truncateAll();
    return AccountStoresOnJdbi.of(DB.jdbi());
  }
}
