package dev.cadenza.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PlaylistActivityLog} on PostgreSQL: {@code before} and {@code after} as {@code jsonb}
 * objects, the song as a snapshot of its id, title, performer and duration. Records join the thread's
 * transaction, so a row is committed exactly with the change it describes.
 */
public final class JdbiPlaylistActivityLog implements PlaylistActivityLog {

  static final String OLDEST = "oldest";
  private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
  };

  private final PlaylistActivityDao dao;
  private final ObjectMapper json;

  public JdbiPlaylistActivityLog(Jdbi jdbi) {
    this(jdbi, new ObjectMapper());
  }

  /** With the service's {@code ObjectMapper}; only plain values are written, so any mapper will do. */
  public JdbiPlaylistActivityLog(Jdbi jdbi, ObjectMapper json) {
    this.dao = CadenzaJdbi.onDemand(jdbi, PlaylistActivityDao.class);
    this.json = json;
  }

  @Override
  public void record(PlaylistActivity a) {
    dao.insert(row(a));
  }

  @Override
  public void recordAll(List<PlaylistActivity> activities) {
    if (activities.size() == 1) {
      record(activities.get(0));
    } else if (!activities.isEmpty()) {
      dao.insertAll(activities.stream().map(this::row).toList());
    }
  }

  private PlaylistActivityRow row(PlaylistActivity a) {
    Optional<SongSummary> s = a.song();
    return new PlaylistActivityRow(a.id(), a.playlistId().value(), Times.toColumn(a.at()), a.actor(),
        a.action().wireName(), s.map(x -> x.id().value()).orElse(null), s.map(SongSummary::title).orElse(null),
        s.map(SongSummary::performer).orElse(null), s.map(SongSummary::durationSeconds).orElse(null),
        write(a.before()), write(a.after()));
  }

  @Override
  public Page<PlaylistActivity> findByPlaylist(PlaylistId playlist, PageRequest page) {
    OffsetDateTime afterAt = null;
    UUID afterId = null;
    if (page.cursor().isPresent()) {
      List<String> key = page.cursor().get().keyFor(OLDEST, 2);
      afterAt = Times.toColumn(ActivityKeys.instant(key.get(0)));
      afterId = CatalogOrder.uuid(key.get(1));
    }
    List<PlaylistActivityRow> rows = dao.findPage(playlist.value(), afterAt, afterId, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(playlist.value())) : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(),
            row -> Cursor.of(OLDEST, row.at().toInstant().toString(), row.id().toString()), total)
        .map(this::toActivity);
  }

  private PlaylistActivity toActivity(PlaylistActivityRow row) {
    PlaylistAction action = PlaylistAction.fromWireName(row.action())
        .orElseThrow(() -> new IllegalStateException("unknown playlist action in the database: " + row.action()));
    Optional<SongSummary> song = row.songId() == null ? Optional.empty() : Optional.of(new SongSummary(
        new SongId(row.songId()), row.songTitle(), row.songPerformer(), row.songDurationSeconds()));
    return new PlaylistActivity(row.id(), new PlaylistId(row.playlistId()), row.at().toInstant(), row.actor(), action,
        song, read(row.before()), read(row.after()));
  }

  private String write(Map<String, Object> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("activity values must be plain JSON values", e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, VALUES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("playlist_activity holds a value that is not a JSON object", e);
    }
  }
}
