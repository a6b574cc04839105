package dev.cadenza.testing.inmemory;

import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractIdempotencyStoreContract;
import dev.cadenza.testing.contract.AbstractPlaylistStoresContract;
import dev.cadenza.testing.contract.PlaylistStores;
import org.junit.jupiter.api.Nested;

/** The playlists context's contracts, and the idempotency store's, on the in-memory fakes. */
class InMemoryPlaylistStoresTest {

  @Nested
  class Playlists extends AbstractPlaylistStoresContract {
    @Override
    protected PlaylistStores newStores() {
      return stores();
    }
  }

  /** Fresh, empty in-memory stores of the playlists context. */
  static PlaylistStores stores() {
    InMemorySongRepository songs = new InMemorySongRepository();
    InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
    InMemoryPlaylistStores stores = new InMemoryPlaylistStores(songs);
    return new PlaylistStores(stores.playlistRepository, stores.entryRepository, stores.collaboratorRepository,
        stores.activityLog, new InMemoryLibraryRepository(songs), new InMemorySongReferences(songs, albums), songs,
        albums, new InMemoryUserRepository(), new DirectTransactionRunner());
  }

  @Nested
  class Idempotency extends AbstractIdempotencyStoreContract {
    @Override
    protected IdempotencyStores newStores() {
      return new IdempotencyStores(new InMemoryIdempotencyStore(), new DirectTransactionRunner());
    }
  }
}
