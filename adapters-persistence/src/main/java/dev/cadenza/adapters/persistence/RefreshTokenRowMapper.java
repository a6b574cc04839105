package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link RefreshTokenRow#COLUMNS}. */
final class RefreshTokenRowMapper implements RowMapper<RefreshTokenRow> {

  @Override
  public RefreshTokenRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new RefreshTokenRow(
        rs.getString("token_hash"),
        rs.getObject("session_id", UUID.class),
        rs.getObject("user_id", UUID.class),
        rs.getObject("issued_at", OffsetDateTime.class),
        rs.getObject("expires_at", OffsetDateTime.class),
        rs.getObject("used_at", OffsetDateTime.class));
  }
}
