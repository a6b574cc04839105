package dev.cadenza.testing.inmemory;

import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractAlbumRepositoryContract;
import dev.cadenza.testing.contract.CatalogStores;

class InMemoryAlbumRepositoryTest extends AbstractAlbumRepositoryContract {
  @Override
  protected CatalogStores newStores() {
    return new CatalogStores(new InMemorySongRepository(), new InMemoryAlbumRepository(), new DirectTransactionRunner());
  }
}
