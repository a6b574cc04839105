package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link SessionRow#COLUMNS}. */
final class SessionRowMapper implements RowMapper<SessionRow> {

  @Override
  public SessionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new SessionRow(
        rs.getObject("id", UUID.class),
        rs.getObject("user_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("revoked_at", OffsetDateTime.class),
        rs.getBoolean("rotates_refresh_tokens"));
  }
}
