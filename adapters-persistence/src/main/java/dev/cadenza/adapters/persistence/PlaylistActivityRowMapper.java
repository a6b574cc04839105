package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link PlaylistActivityRow#COLUMNS}. */
final class PlaylistActivityRowMapper implements RowMapper<PlaylistActivityRow> {

  @Override
  public PlaylistActivityRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new PlaylistActivityRow(
        rs.getObject("id", UUID.class),
        rs.getObject("playlist_id", UUID.class),
        rs.getObject("at", OffsetDateTime.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getObject("song_id", UUID.class),
        rs.getString("song_title"),
        rs.getString("song_performer"),
        rs.getObject("song_duration_seconds", Integer.class),
        rs.getString("before"),
        rs.getString("after"));
  }
}
