package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link AlbumRow#COLUMNS}. */
final class AlbumRowMapper implements RowMapper<AlbumRow> {

  @Override
  public AlbumRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new AlbumRow(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("title_fold"),
        rs.getString("performer"),
        rs.getString("performer_fold"),
        rs.getInt("year"),
        rs.getString("cover_key"),
        rs.getLong("version"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
