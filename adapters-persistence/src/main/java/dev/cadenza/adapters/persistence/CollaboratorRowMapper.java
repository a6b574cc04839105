package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link CollaboratorRow#COLUMNS}. */
final class CollaboratorRowMapper implements RowMapper<CollaboratorRow> {

  @Override
  public CollaboratorRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CollaboratorRow(
        rs.getObject("playlist_id", UUID.class),
        rs.getObject("user_id", UUID.class),
        rs.getString("role"),
        rs.getObject("added_at", OffsetDateTime.class));
  }
}
