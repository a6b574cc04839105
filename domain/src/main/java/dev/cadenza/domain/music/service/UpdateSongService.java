package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.music.port.in.UpdateSongUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

public final class UpdateSongService implements UpdateSongUseCase {

  private final SongRepository songs;
  private final AlbumRepository albums;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public UpdateSongService(SongRepository songs, AlbumRepository albums, CatalogWritePolicy policy,
                           AuditLog audit, TransactionRunner tx, Clock clock) {
    this.songs = songs;
    this.albums = albums;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Song updateSong(UpdateSongCommand command) {
    policy.checkCanWrite(command.actor());
    return tx.inTransaction(() -> {
      Song current = CatalogSupport.lockSong(songs, command.id());
      CatalogSupport.checkVersion(CatalogSupport.SONG, command.expectedVersion(), current.version(), current);
      Instant now = CatalogSupport.now(clock);
      Song next = current.revise(command.changes(), now);
      if (next == current) {
        return current;
      }
      if (!Objects.equals(next.details().albumId(), current.details().albumId())) {
        CatalogSupport.requireAlbumReference(albums, next.details().albumId());
      }
      songs.update(next);
      audit.record(CatalogSupport.audit(clock, now, command.actor(), "song.update", CatalogSupport.SONG, next.id(),
          current.describe(), next.describe()));
      return next;
    });
  }
}
