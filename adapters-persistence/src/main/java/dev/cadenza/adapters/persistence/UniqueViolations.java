package dev.cadenza.adapters.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL's unique violations (SQLState 23505), for the repositories that turn them into domain
 * exceptions by the name of the violated constraint or unique index.
 */
final class UniqueViolations {

  static final String SQL_STATE = "23505";
  private static final String SAVEPOINT = "cadenza_unique_write";

  private UniqueViolations() {
  }

  /** The constraint named by a unique violation among {@code e} and its causes; empty for other errors. */
  static Optional<String> constraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
        ServerErrorMessage server = t instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return Optional.ofNullable(server == null ? null : server.getConstraint());
      }
    }
    return Optional.empty();
  }

  /**
   * Runs a write that may violate a unique constraint. Inside a transaction it runs under a
   * savepoint, rolled back when the write fails, so the transaction stays usable after the error
   * (PostgreSQL would otherwise refuse every further statement), as with the in-memory fakes.
   */
  static <T> T write(Handle handle, Supplier<T> write) {
    if (!handle.isInTransaction()) {
      return write.get();
    }
    handle.savepoint(SAVEPOINT);
    T result;
    try {
      result = write.get();
    } catch (RuntimeException e) {
      try {
        handle.rollbackToSavepoint(SAVEPOINT);
      } catch (RuntimeException rollbackFailed) {
        e.addSuppressed(rollbackFailed);
      }
      throw e;
    }
    handle.releaseSavepoint(SAVEPOINT);
    return result;
  }
}
