package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link AuditLogRow#COLUMNS}. */
final class AuditLogRowMapper implements RowMapper<AuditLogRow> {

  @Override
  public AuditLogRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new AuditLogRow(
        rs.getObject("id", UUID.class),
        rs.getObject("at", OffsetDateTime.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        rs.getString("before"),
        rs.getString("after"));
  }
}
