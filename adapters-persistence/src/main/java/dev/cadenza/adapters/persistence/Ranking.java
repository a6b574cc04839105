package dev.cadenza.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The stats columns a ranked catalog order sorts by, read beside a song or album row. */
record Ranking(BigDecimal average, long ratingCount, long likes) {

  static final String COLUMNS = "rating_average, rating_count, like_count";

  static Ranking read(ResultSet rs) throws SQLException {
    return new Ranking(rs.getBigDecimal("rating_average"), rs.getLong("rating_count"), rs.getLong("like_count"));
  }

  /** A row of a ranked listing and its stats. */
  record Ranked<R>(R row, Ranking ranking) {
  }
}
