package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.music.service.AlbumCoverServices;
import dev.cadenza.domain.music.service.MusicServices;
import dev.cadenza.testing.DirectTransactionRunner;
import java.time.Clock;

/**
 * The music context running on in-memory adapters: handy for tests and for embedders trying the
 * domain out. Exposes the fakes so tests can look inside.
 */
public final class InMemoryCatalog {

  public final InMemorySongRepository songs = new InMemorySongRepository();
  public final InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
  public final InMemoryAuditLog audit = new InMemoryAuditLog();
  public final DirectTransactionRunner tx = new DirectTransactionRunner();
  /** Where album covers are kept. */
  public final InMemoryBlobStore blobs = new InMemoryBlobStore();
  public final MusicCatalog useCases;
  /** The album cover use cases, over the same stores (deleting an album removes its cover). */
  public final AlbumCovers covers;

  public InMemoryCatalog(Clock clock, CatalogWritePolicy policy) {
    this.useCases = MusicServices.create(songs, albums, policy, audit, tx, clock, SongRemovalListener.none(), blobs);
    this.covers = AlbumCoverServices.create(albums, policy, audit, tx, clock, blobs);
  }

  /** Everyone may write the catalog. */
  public static InMemoryCatalog open(Clock clock) {
    return new InMemoryCatalog(clock, actor -> { });
  }
}
