package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** What the playlists services share: lookups that fail alike, version checks, views, history rows. */
final class PlaylistSupport {

  static final String PLAYLIST = "Playlist";
  static final String ENTRY = "PlaylistEntry";
  static final String SONG = "Song";
  static final String USER = "User";
  static final String LIBRARY_SONG = "LibrarySong";
  static final String COLLABORATOR = "Collaborator";

  private PlaylistSupport() {
  }

  /** Now, at the precision the stores keep (microseconds). */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static NotFoundException notFound(PlaylistId id) {
    return new NotFoundException(PLAYLIST, id.toString());
  }

  static Playlist find(PlaylistRepository playlists, PlaylistId id) {
    return playlists.findById(id).orElseThrow(() -> notFound(id));
  }

  /** The playlist, locked until the transaction ends: every writer of a playlist starts here. */
  static Playlist lock(PlaylistRepository playlists, PlaylistId id) {
    return playlists.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
  }

  static PlaylistView view(PlaylistEntryRepository entries, Playlist playlist, Optional<PlaylistRole> role) {
    long duration = entries.totalDurations(List.of(playlist.id())).getOrDefault(playlist.id(), 0L);
    return new PlaylistView(playlist, duration, role);
  }

  /** Views of a page of playlists, with one duration query for the whole page. */
  static <T> Page<PlaylistView> views(PlaylistEntryRepository entries, Page<T> page, Function<T, Playlist> playlist,
                                      Function<T, Optional<PlaylistRole>> role) {
    Map<PlaylistId, Long> durations = entries.totalDurations(
        page.items().stream().map(playlist).map(Playlist::id).toList());
    return page.map(item -> {
      Playlist p = playlist.apply(item);
      return new PlaylistView(p, durations.getOrDefault(p.id(), 0L), role.apply(item));
    });
  }

  /** Refuses a write meant for another version, showing the playlist as it is. */
  static void checkVersion(OptionalLong expected, Playlist current, PlaylistEntryRepository entries,
                           Optional<PlaylistRole> role) {
    if (expected.isPresent() && expected.getAsLong() != current.version()) {
      throw new PreconditionFailedException(PLAYLIST, expected.getAsLong(), current.version(),
          view(entries, current, role));
    }
  }

  static PlaylistActivity activity(Clock clock, PlaylistId playlist, Instant at, Actor actor, PlaylistAction action,
                                   SongSummary song, Map<String, Object> before, Map<String, Object> after) {
    return new PlaylistActivity(Uuids.v7(clock), playlist, at, actor.auditName(), action, Optional.ofNullable(song),
        before, after);
  }

  static AuditEntry audit(Clock clock, Instant at, Actor actor, String action, Playlist playlist,
                          Map<String, Object> before, Map<String, Object> after) {
    return new AuditEntry(Uuids.v7(clock), at, actor.auditName(), action, "playlist", playlist.id().toString(),
        before, after);
  }
}
