package dev.cadenza.bootstrap;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table held in ACCESS EXCLUSIVE mode by a session of its own until {@link #close}: every statement
 * reading it waits, as a search reading a large table row by row would run, until a time limit stops it.
 */
final class TableLock implements AutoCloseable {

  private final Connection connection;

  private TableLock(Connection connection) {
    this.connection = connection;
  }

  static TableLock exclusive(TestDatabase db, String table) throws SQLException {
    Connection connection = db.connect();
    try (Statement s = connection.createStatement()) {
      connection.setAutoCommit(false);
      s.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
      return new TableLock(connection);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }
}
