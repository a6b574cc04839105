package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;

/**
 * Wires the album cover use cases. Pair it with
 * {@link MusicServices#create(dev.cadenza.domain.music.port.out.SongRepository, AlbumRepository,
 * CatalogWritePolicy, AuditLog, TransactionRunner, Clock,
 * dev.cadenza.domain.music.port.out.SongRemovalListener, BlobStore)} over the same blob store, so
 * that deleting an album removes its cover too.
 */
public final class AlbumCoverServices {

  private AlbumCoverServices() {
  }

  public static AlbumCovers create(AlbumRepository albums, CatalogWritePolicy policy, AuditLog audit,
                                   TransactionRunner tx, Clock clock, BlobStore blobs) {
    return new AlbumCovers(
        new SetAlbumCoverService(albums, policy, audit, tx, clock, blobs),
        new RemoveAlbumCoverService(albums, policy, audit, tx, clock, blobs),
        new GetAlbumCoverService(albums, blobs));
  }
}
