package dev.cadenza.testing.inmemory;

import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractSongRepositoryContract;
import dev.cadenza.testing.contract.CatalogStores;

class InMemorySongRepositoryTest extends AbstractSongRepositoryContract {
  @Override
  protected CatalogStores newStores() {
    return new CatalogStores(new InMemorySongRepository(), new InMemoryAlbumRepository(), new DirectTransactionRunner());
  }
}
