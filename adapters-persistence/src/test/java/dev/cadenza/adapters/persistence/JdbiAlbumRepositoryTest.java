package dev.cadenza.adapters.persistence;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.testing.contract.AbstractAlbumRepositoryContract;
import dev.cadenza.testing.contract.CatalogStores;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiAlbumRepositoryTest extends AbstractAlbumRepositoryContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected CatalogStores newStores() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    return new CatalogStores(new JdbiSongRepository(jdbi), new JdbiAlbumRepository(jdbi),
        new JdbiTransactionRunner(jdbi));
  }
}
