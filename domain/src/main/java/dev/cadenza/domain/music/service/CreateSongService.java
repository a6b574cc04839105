package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.CreateSongUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

public final class CreateSongService implements CreateSongUseCase {

  private final SongRepository songs;
  private final AlbumRepository albums;
  private final CatalogWritePolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public CreateSongService(SongRepository songs, AlbumRepository albums, CatalogWritePolicy policy,
                           AuditLog audit, TransactionRunner tx, Clock clock) {
    this.songs = songs;
    this.albums = albums;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Song createSong(CreateSongCommand command) {
    policy.checkCanWrite(command.actor());
    return tx.inTransaction(() -> {
      CatalogSupport.requireAlbumReference(albums, command.details().albumId());
      Instant now = CatalogSupport.now(clock);
      Song song = Song.create(SongId.generate(clock), command.details(), now);
      songs.add(song);
      audit.record(CatalogSupport.audit(clock, now, command.actor(), "song.create", CatalogSupport.SONG, song.id(),
          Map.of(), song.describe()));
      return song;
    });
  }
}
