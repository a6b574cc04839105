package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link RatingRow#COLUMNS}. */
final class RatingRowMapper implements RowMapper<RatingRow> {

  @Override
  public RatingRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new RatingRow(
        rs.getObject("id", UUID.class),
        rs.getObject("item_id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getInt("score"),
        rs.getString("comment"),
        rs.getLong("version"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
