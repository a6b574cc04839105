package dev.cadenza.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database up to the schema of {@value #CHANGELOG}, the changelog on this module's class
 * path that the service's {@code db migrate} command uses too. Applied change sets are skipped, so
 * running it at every start-up is cheap.
 *
 * <p>Everything is created in the connection's current schema (the first of its search_path),
 * where Liquibase also keeps its bookkeeping tables. The {@code pg_trgm} extension is created there
 * when the database has none yet; when it exists in another schema (usually {@code public}), that
 * schema must be on the search_path.
 */
public final class LiquibaseMigrator {

  /** The class-path location of the master changelog. */
  public static final String CHANGELOG = "db/changelog/cadenza.xml";

  private LiquibaseMigrator() {
  }

  /**
   * Migrates over a connection of {@code dataSource}. The connection's network (socket) timeout, which
   * a pool sets for request traffic, is lifted while the migration works, since a change set such as
   * an index over a large table may run for minutes; it is put back before the connection returns.
   */
  public static void migrate(DataSource dataSource) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new MigrationException("cannot connect to the database to migrate it", e);
    }
    ExecutorService timer = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "cadenza-migration-timeout");
      thread.setDaemon(true);
      return thread;
    });
    RuntimeException failure = null;
    int networkTimeout = 0;
    try {
      networkTimeout = connection.getNetworkTimeout();
      if (networkTimeout != 0) {
        connection.setNetworkTimeout(timer, 0);
      }
      migrate(connection);
    } catch (SQLException e) {
      failure = new MigrationException("cannot lift the connection's network timeout to migrate", e);
    } catch (RuntimeException e) {
      failure = e;
    }
    // Whatever went wrong while putting the connection back, the migration's own failure (if any)
    // is the one reported, with the rest as suppressed.
    try {
      if (networkTimeout != 0) {
        connection.setNetworkTimeout(timer, networkTimeout);
      }
    } catch (SQLException e) {
      failure = joined(failure, new MigrationException("cannot restore the connection's network timeout", e));
    } finally {
      timer.shutdown();
    }
    try {
      connection.close();
    } catch (SQLException e) {
      failure = joined(failure, new MigrationException("cannot close the migration's connection", e));
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** {@code first}, the failure to report, with {@code next} riding along as suppressed; or {@code next} alone. */
  private static RuntimeException joined(RuntimeException first, RuntimeException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  /**
   * Migrates over {@code connection}, which stays open, with its auto-commit mode as it was
   * (Liquibase switches it off while it works).
   */
  public static void migrate(Connection connection) {
    Map<String, Object> scope = Map.of(
        Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(LiquibaseMigrator.class.getClassLoader()),
        Scope.Attr.ui.name(), new LoggerUIService(),
        AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
    boolean autoCommit;
    try {
      autoCommit = connection.getAutoCommit();
    } catch (SQLException e) {
      throw new MigrationException("cannot use the connection to migrate the database", e);
    }
    RuntimeException failure = null;
    try {
      Scope.child(scope, () -> {
        Database database = DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
            .execute();
      });
    } catch (Exception e) {
      failure = new MigrationException("the database migration failed", e);
    }
    try {
      restore(connection, autoCommit);
    } catch (MigrationException e) {
      failure = joined(failure, e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void restore(Connection connection, boolean autoCommit) {
    try {
      if (!connection.isClosed() && connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new MigrationException("cannot restore the connection's auto-commit mode", e);
    }
  }

  /** The schema could not be brought up to date. */
  public static final class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MigrationException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
