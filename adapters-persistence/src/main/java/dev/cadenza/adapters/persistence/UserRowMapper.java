package dev.cadenza.adapters.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link UserRow#COLUMNS}. */
final class UserRowMapper implements RowMapper<UserRow> {

  @Override
  public UserRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    Array roles = rs.getArray("roles");
    try {
      return new UserRow(
          rs.getObject("id", UUID.class),
          rs.getString("username"),
          rs.getString("full_name"),
          rs.getString("email"),
          rs.getString("email_fold"),
          rs.getString("password_hash"),
          rs.getString("status"),
          List.of((String[]) roles.getArray()),
          rs.getLong("version"),
          rs.getObject("created_at", OffsetDateTime.class),
          rs.getObject("updated_at", OffsetDateTime.class));
    } finally {
      roles.free();
    }
  }
}
