package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CoverImage;
import dev.cadenza.domain.music.port.in.SetAlbumCoverCommand;
import dev.cadenza.domain.music.port.in.SetAlbumCoverUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Stores the image under a key of this upload's own ({@link CoverImage#keyFor}) before the
 * transaction (storage never joins one), then points the album at it in the transaction, with an
 * audit line. After commit the previous cover object goes: as no other upload can have written that
 * key, removing it cannot take a cover that a concurrent request has just set, even one of the same
 * image. When the album already shows this image nothing changes and the copy just written goes
 * after commit; when the transaction fails, it goes at once (unless the album refers to it after
 * all, which only a commit reported as failed could cause).
 */
public final class SetAlbumCoverService implements SetAlbumCoverUseCase {

  private final AlbumRepository albums;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;
  private final BlobStore blobs;

  public SetAlbumCoverService(AlbumRepository albums, CatalogWritePolicy policy, AuditLog audit,
                              TransactionRunner tx, Clock clock, BlobStore blobs) {
    this.albums = Objects.requireNonNull(albums, "albums");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.blobs = Objects.requireNonNull(blobs, "blobs");
  }

  @Override
  public Album setAlbumCover(SetAlbumCoverCommand command) {
    policy.checkCanWrite(command.actor());
    CoverImage image = CoverImage.of(command.content());
    AlbumId id = command.id();
    // Checked before anything is stored, so a request bound to fail leaves nothing behind;
    // checked again under the lock below.
    Album seen = albums.findById(id).orElseThrow(() -> new NotFoundException(CatalogSupport.ALBUM, id.toString()));
    CatalogSupport.checkVersion(CatalogSupport.ALBUM, command.expectedVersion(), seen.version(), seen);
    String digest = image.sha256();
    String key = image.keyFor(id, Uuids.v7(clock));
    blobs.put(key, image.bytes(), image.mediaType());
    try {
      return tx.inTransaction(() -> {
        Album current = CatalogSupport.lockAlbum(albums, id);
        CatalogSupport.checkVersion(CatalogSupport.ALBUM, command.expectedVersion(), current.version(), current);
        if (current.coverKey().flatMap(CoverImage::digestOfKey).filter(digest::equals).isPresent()) {
          tx.afterCommit(() -> CoverObjects.deleteQuietly(blobs, key));
          return current;
        }
        Instant now = CatalogSupport.now(clock);
        Album next = current.withCover(key, now);
        albums.update(next);
        audit.record(CatalogSupport.audit(clock, now, command.actor(), "album.cover.set", CatalogSupport.ALBUM,
            id, current.describe(), next.describe()));
        current.coverKey().ifPresent(old -> tx.afterCommit(() -> CoverObjects.deleteQuietly(blobs, old)));
        return next;
      });
    } catch (RuntimeException e) {
      discardUnlessReferenced(id, key, e);
      throw e;
    }
  }

  private void discardUnlessReferenced(AlbumId id, String key, RuntimeException failure) {
    try {
      boolean referenced = albums.findById(id).flatMap(Album::coverKey).filter(key::equals).isPresent();
      if (!referenced) {
        blobs.delete(key);
      }
    } catch (RuntimeException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }
}
