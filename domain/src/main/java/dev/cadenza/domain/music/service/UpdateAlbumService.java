package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.music.port.in.UpdateAlbumUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;

public final class UpdateAlbumService implements UpdateAlbumUseCase {

  private final AlbumRepository albums;
  private final SongRepository songs;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public UpdateAlbumService(AlbumRepository albums, SongRepository songs, CatalogWritePolicy policy,
                            AuditLog audit, TransactionRunner tx, Clock clock) {
    this.albums = albums;
    this.songs = songs;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public AlbumView updateAlbum(UpdateAlbumCommand command) {
    policy.checkCanWrite(command.actor());
    return tx.inTransaction(() -> {
      Album current = CatalogSupport.lockAlbum(albums, command.id());
      CatalogSupport.checkVersion(CatalogSupport.ALBUM, command.expectedVersion(), current.version(),
          AlbumViews.of(songs, current));
      Instant now = CatalogSupport.now(clock);
      Album next = current.revise(command.changes(), now);
      if (next != current) {
        albums.update(next);
        audit.record(CatalogSupport.audit(clock, now, command.actor(), "album.update", CatalogSupport.ALBUM, next.id(),
            current.describe(), next.describe()));
      }
      return AlbumViews.of(songs, next);
    });
  }
}
