package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link ApiKeyRow#COLUMNS}. */
final class ApiKeyRowMapper implements RowMapper<ApiKeyRow> {

  @Override
  public ApiKeyRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ApiKeyRow(
        rs.getObject("id", UUID.class),
        rs.getObject("owner_id", UUID.class),
        rs.getString("name"),
        rs.getString("prefix"),
        rs.getString("secret_hash"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("last_used_at", OffsetDateTime.class),
        rs.getObject("revoked_at", OffsetDateTime.class));
  }
}
