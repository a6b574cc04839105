package dev.cadenza.testing.inmemory;

import dev.cadenza.testing.contract.AbstractExportJobRepositoryContract;

class InMemoryExportJobRepositoryTest extends AbstractExportJobRepositoryContract {

  @Override
  protected ExportStores newStores() {
    return new ExportStores(InMemoryPlaylistStoresTest.stores(), new InMemoryExportJobRepository());
  }
}
