package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Removes an album, detaching its songs, with an audit line. Built with a {@link BlobStore}, it also
 * removes the album's cover object once the deletion is committed (never before: a rolled-back
 * deletion keeps its cover).
 */
public final class DeleteAlbumService implements DeleteAlbumUseCase {

  private final AlbumRepository albums;
  private final SongRepository songs;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;
  /** Null when covers are not kept anywhere this service knows of: cover objects are then left alone. */
  private final BlobStore blobs;

  /** Leaves cover objects alone: for a setting without album covers. */
  public DeleteAlbumService(AlbumRepository albums, SongRepository songs, CatalogWritePolicy policy,
                            AuditLog audit, TransactionRunner tx, Clock clock) {
    this(albums, songs, policy, audit, tx, clock, null);
  }

  /** Also removes the album's cover from {@code blobs} after commit. */
  public DeleteAlbumService(AlbumRepository albums, SongRepository songs, CatalogWritePolicy policy,
                            AuditLog audit, TransactionRunner tx, Clock clock, BlobStore blobs) {
    this.albums = albums;
    this.songs = songs;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.blobs = blobs;
  }

  @Override
  public void deleteAlbum(DeleteAlbumCommand command) {
    policy.checkCanWrite(command.actor());
    tx.inTransaction(() -> {
      Album current = CatalogSupport.lockAlbum(albums, command.id());
      CatalogSupport.checkVersion(CatalogSupport.ALBUM, command.expectedVersion(), current.version(),
          AlbumViews.of(songs, current));
      Instant now = CatalogSupport.now(clock);
      int detached = songs.detachFromAlbum(current.id(), now);
      albums.remove(current.id());
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("songsDetached", detached);
      audit.record(CatalogSupport.audit(clock, now, command.actor(), "album.delete", CatalogSupport.ALBUM, current.id(),
          current.describe(), after));
      if (blobs != null) {
        current.coverKey().ifPresent(key -> tx.afterCommit(() -> CoverObjects.deleteQuietly(blobs, key)));
      }
    });
  }
}
