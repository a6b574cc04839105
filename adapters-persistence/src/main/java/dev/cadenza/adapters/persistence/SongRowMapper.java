package dev.cadenza.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link SongRow#COLUMNS}. */
final class SongRowMapper implements RowMapper<SongRow> {

  @Override
  public SongRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new SongRow(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("title_fold"),
        rs.getString("performer"),
        rs.getString("performer_fold"),
        rs.getString("genre"),
        rs.getString("genre_fold"),
        rs.getInt("year"),
        rs.getObject("duration_seconds", Integer.class),
        rs.getObject("album_id", UUID.class),
        rs.getLong("version"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
