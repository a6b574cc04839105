package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link PlaylistRow#COLUMNS}. */
final class PlaylistRowMapper implements RowMapper<PlaylistRow> {

  @Override
  public PlaylistRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new PlaylistRow(
        rs.getObject("id", UUID.class),
        rs.getObject("owner_id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("visibility"),
        rs.getInt("entry_count"),
        rs.getLong("version"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
