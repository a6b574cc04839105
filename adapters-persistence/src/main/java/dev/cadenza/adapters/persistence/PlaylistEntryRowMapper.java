package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link PlaylistEntryRow#COLUMNS}, and the song columns of {@link PlaylistEntryRow#VIEW_COLUMNS} when present. */
final class PlaylistEntryRowMapper implements RowMapper<PlaylistEntryRow> {

  @Override
  public PlaylistEntryRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    boolean joined = rs.getMetaData().getColumnCount() > 6;
    return new PlaylistEntryRow(
        rs.getObject("id", UUID.class),
        rs.getObject("playlist_id", UUID.class),
        rs.getInt("position"),
        rs.getObject("song_id", UUID.class),
        rs.getObject("added_by", UUID.class),
        rs.getObject("added_at", OffsetDateTime.class),
        joined ? rs.getString("song_title") : null,
        joined ? rs.getString("song_performer") : null,
        joined ? rs.getObject("song_duration_seconds", Integer.class) : null);
  }
}
