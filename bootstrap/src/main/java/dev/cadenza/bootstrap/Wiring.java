package dev.cadenza.bootstrap;

import dev.cadenza.adapters.persistence.BulkCatalogLoader;
import dev.cadenza.adapters.persistence.JdbiAlbumRepository;
import dev.cadenza.adapters.persistence.JdbiAuditLog;
import dev.cadenza.adapters.persistence.JdbiSongRepository;
import dev.cadenza.adapters.persistence.JdbiTransactionRunner;
import dev.cadenza.adapters.persistence.LiquibaseMigrator;
import dev.cadenza.adapters.rest.CallerResolver;
import dev.cadenza.adapters.rest.RestModule;
import dev.cadenza.adapters.rest.RestPorts;
import dev.cadenza.adapters.rest.RestSettings;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.service.MusicServices;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The composition root: builds every adapter and use case and hands them to the driving adapters. */
final class Wiring {

  /**
   * Who may write the catalog. Open until the identity work puts the role check here: this is the
   * one seam for it.
   */
  static final CatalogWritePolicy OPEN_CATALOG = actor -> { };

  private final CadenzaConfiguration config;
  private final MusicCatalog music;

  private Wiring(CadenzaConfiguration config, MusicCatalog music) {
    this.config = config;
    this.music = music;
  }

  static Wiring create(CadenzaConfiguration config, Environment environment) {
    createDataDirectory(config);
    DataSourceFactory database = EmbeddedDatabase.resolve(config);
    ManagedDataSource dataSource = database.build(environment.metrics(), "database");
    LiquibaseMigrator.migrate(dataSource);
    Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "database");
    environment.healthChecks().register("storage", new DataDirectoryHealthCheck(config.dataDirectory()));
    environment.admin().addTask(new SeedTask(new BulkCatalogLoader(jdbi, Clock.systemUTC())));
    return new Wiring(config, music(jdbi, Clock.systemUTC()));
  }

  /** The music context over the JDBI adapters. */
  static MusicCatalog music(Jdbi jdbi, Clock clock) {
    return MusicServices.create(new JdbiSongRepository(jdbi), new JdbiAlbumRepository(jdbi), OPEN_CATALOG,
        new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi), clock);
  }

  void installRest(Environment environment) {
    String version = Version.current();
    RestModule.install(environment, new RestPorts(music),
        new RestSettings(config.getMaxRequestBodyBytes(), CallerResolver.anonymous(), version));
    environment.jersey().register(new StatusResource(version, Clock.systemUTC(), environment.healthChecks(),
        Map.of("database", "database", "storage", "storage", "cache", "cache")));
  }

  private static void createDataDirectory(CadenzaConfiguration config) {
    try {
      Files.createDirectories(config.dataDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + config.dataDirectory(), e);
    }
  }
}
