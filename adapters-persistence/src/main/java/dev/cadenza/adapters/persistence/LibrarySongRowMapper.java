package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link LibrarySongRow#COLUMNS}, and the song columns of {@link LibrarySongRow#VIEW_COLUMNS} when present. */
final class LibrarySongRowMapper implements RowMapper<LibrarySongRow> {

  @Override
  public LibrarySongRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    boolean joined = rs.getMetaData().getColumnCount() > 4;
    return new LibrarySongRow(
        rs.getObject("user_id", UUID.class),
        rs.getObject("song_id", UUID.class),
        rs.getObject("added_at", OffsetDateTime.class),
        rs.getObject("listened_at", OffsetDateTime.class),
        joined ? rs.getString("song_title") : null,
        joined ? rs.getString("song_performer") : null,
        joined ? rs.getObject("song_duration_seconds", Integer.class) : null);
  }
}
