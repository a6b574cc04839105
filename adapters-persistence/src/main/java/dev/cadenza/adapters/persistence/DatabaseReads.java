package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.ReadSource;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Tells a listener about every statement a {@link Jdbi} runs ({@link ReadSource#DATABASE}), on the
 * thread that runs it, before it runs. The service uses it so that a response says it came from the
 * database whenever any part of it did, also through a port no cache decorates (a page of ratings,
 * a list of albums), not only when a cache decorator had to load a miss.
 */
public final class DatabaseReads implements SqlLogger {

  private final Consumer<ReadSource> listener;
  private final SqlLogger next;

  private DatabaseReads(Consumer<ReadSource> listener, SqlLogger next) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.next = Objects.requireNonNull(next, "next");
  }

  /** Reports the statements of {@code jdbi} to {@code listener}, keeping the logger it had (metrics). */
  public static void report(Jdbi jdbi, Consumer<ReadSource> listener) {
    SqlStatements statements = jdbi.getConfig(SqlStatements.class);
    statements.setSqlLogger(new DatabaseReads(listener, statements.getSqlLogger()));
  }

  @Override
  public void logBeforeExecution(StatementContext context) {
    listener.accept(ReadSource.DATABASE);
    next.logBeforeExecution(context);
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    next.logAfterExecution(context);
  }

  @Override
  public void logException(StatementContext context, SQLException ex) {
    next.logException(context, ex);
  }
}
