package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongUseCase;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

public final class DeleteSongService implements DeleteSongUseCase {

  private final SongRepository songs;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;
  private final SongRemovalListener removalListener;

  public DeleteSongService(SongRepository songs, CatalogWritePolicy policy, AuditLog audit,
                           TransactionRunner tx, Clock clock) {
    this(songs, policy, audit, tx, clock, SongRemovalListener.none());
  }

  /** With a listener told of every removal inside its transaction (see {@link SongRemovalListener}). */
  public DeleteSongService(SongRepository songs, CatalogWritePolicy policy, AuditLog audit,
                           TransactionRunner tx, Clock clock, SongRemovalListener removalListener) {
    this.songs = songs;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.removalListener = Objects.requireNonNull(removalListener, "removalListener");
  }

  @Override
  public void deleteSong(DeleteSongCommand command) {
    policy.checkCanWrite(command.actor());
    tx.inTransaction(() -> {
      Song current = CatalogSupport.lockSong(songs, command.id());
      CatalogSupport.checkVersion(CatalogSupport.SONG, command.expectedVersion(), current.version(), current);
      Instant now = CatalogSupport.now(clock);
      removalListener.songRemoved(current, command.actor(), now);
      songs.remove(current.id());
      audit.record(CatalogSupport.audit(clock, now, command.actor(), "song.delete",
          CatalogSupport.SONG, current.id(), current.describe(), Map.of()));
    });
  }
}
