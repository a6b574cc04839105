package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongUseCase;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.util.Map;

public final class DeleteSongService implements DeleteSongUseCase {

  private final SongRepository songs;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public DeleteSongService(SongRepository songs, CatalogWritePolicy policy, AuditLog audit,
                           TransactionRunner tx, Clock clock) {
    this.songs = songs;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void deleteSong(DeleteSongCommand command) {
    policy.checkCanWrite(command.actor());
    tx.inTransaction(() -> {
      Song current = CatalogSupport.lockSong(songs, command.id());
      CatalogSupport.checkVersion(CatalogSupport.SONG, command.expectedVersion(), current.version(), current);
      songs.remove(current.id());
      audit.record(CatalogSupport.audit(clock, CatalogSupport.now(clock), command.actor(), "song.delete",
          CatalogSupport.SONG, current.id(), current.describe(), Map.of()));
    });
  }
}
