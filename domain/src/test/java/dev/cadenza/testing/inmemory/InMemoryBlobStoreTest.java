package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.testing.contract.AbstractBlobStoreContract;

class InMemoryBlobStoreTest extends AbstractBlobStoreContract {
  @Override
  protected BlobStore store() {
    return new InMemoryBlobStore();
  }
}
