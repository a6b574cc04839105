package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateAlbumUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

public final class CreateAlbumService implements CreateAlbumUseCase {

  private final AlbumRepository albums;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public CreateAlbumService(AlbumRepository albums, CatalogWritePolicy policy, AuditLog audit,
                            TransactionRunner tx, Clock clock) {
    this.albums = albums;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public AlbumView createAlbum(CreateAlbumCommand command) {
    policy.checkCanWrite(command.actor());
    return tx.inTransaction(() -> {
      Instant now = CatalogSupport.now(clock);
      Album album = Album.create(AlbumId.generate(clock), command.details(), now);
      albums.add(album);
      audit.record(CatalogSupport.audit(clock, now, command.actor(), "album.create", CatalogSupport.ALBUM, album.id(),
          Map.of(), album.describe()));
      return new AlbumView(album, 0);
    });
  }
}
