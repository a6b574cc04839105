package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.port.in.RemoveAlbumCoverCommand;
import dev.cadenza.domain.music.port.in.RemoveAlbumCoverUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

public final class RemoveAlbumCoverService implements RemoveAlbumCoverUseCase {

  private final AlbumRepository albums;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;
  private final BlobStore blobs;

  public RemoveAlbumCoverService(AlbumRepository albums, CatalogWritePolicy policy, AuditLog audit,
                                 TransactionRunner tx, Clock clock, BlobStore blobs) {
    this.albums = Objects.requireNonNull(albums, "albums");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.blobs = Objects.requireNonNull(blobs, "blobs");
  }

  @Override
  public Album removeAlbumCover(RemoveAlbumCoverCommand command) {
    policy.checkCanWrite(command.actor());
    return tx.inTransaction(() -> {
      Album current = CatalogSupport.lockAlbum(albums, command.id());
      CatalogSupport.checkVersion(CatalogSupport.ALBUM, command.expectedVersion(), current.version(), current);
      Instant now = CatalogSupport.now(clock);
      Album next = current.withoutCover(now);
      if (next != current) {
        albums.update(next);
        audit.record(CatalogSupport.audit(clock, now, command.actor(), "album.cover.remove", CatalogSupport.ALBUM,
            current.id(), current.describe(), next.describe()));
        current.coverKey().ifPresent(old -> tx.afterCommit(() -> CoverObjects.deleteQuietly(blobs, old)));
      }
      return next;
    });
  }
}
