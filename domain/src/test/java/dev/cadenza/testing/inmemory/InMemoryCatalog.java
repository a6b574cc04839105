package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
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
  public final MusicCatalog useCases;

  public InMemoryCatalog(Clock clock, CatalogWritePolicy policy) {
    this.useCases = MusicServices.create(songs, albums, policy, audit, tx, clock);
  }

  /** Everyone may write the catalog. */
  public static InMemoryCatalog open(Clock clock) {
    return new InMemoryCatalog(clock, actor -> { });
  }
}
