package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.OptionalLong;

/** What the catalog services share: lookups that fail the same way, version checks, audit lines. */
final class CatalogSupport {

  static final String SONG = "Song";
  static final String ALBUM = "Album";

  private CatalogSupport() {
  }

  /** Now, at the precision the stores keep (microseconds), so a stored time reads back equal. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static Song lockSong(SongRepository songs, SongId id) {
    return songs.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException(SONG, id.toString()));
  }

  static Album lockAlbum(AlbumRepository albums, AlbumId id) {
    return albums.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException(ALBUM, id.toString()));
  }

  /** A song may only name an album that exists; locked so it cannot vanish before commit. */
  static void requireAlbumReference(AlbumRepository albums, AlbumId albumId) {
    if (albumId != null && albums.findByIdForUpdate(albumId).isEmpty()) {
      throw ValidationException.of("albumId", "no album has this id");
    }
  }

  static void checkVersion(String type, OptionalLong expected, long current, Object currentState) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw new PreconditionFailedException(type, expected.getAsLong(), current, currentState);
    }
  }

  static AuditEntry audit(Clock clock, Instant at, Actor actor, String action, String type, Object id,
                          Map<String, Object> before, Map<String, Object> after) {
    return new AuditEntry(Uuids.v7(clock), at, actor.auditName(), action, type.toLowerCase(java.util.Locale.ROOT),
        id.toString(), before, after);
  }
}
