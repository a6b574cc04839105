package dev.cadenza.bootstrap;

import dev.cadenza.adapters.cache.CachingApiKeyRepository;
import dev.cadenza.adapters.cache.CachingSessionRepository;
import dev.cadenza.adapters.cache.CachingUserRepository;
import dev.cadenza.adapters.cache.InProcessLoginThrottle;
import dev.cadenza.adapters.persistence.BulkCatalogLoader;
import dev.cadenza.adapters.persistence.JdbiAlbumRepository;
import dev.cadenza.adapters.persistence.JdbiApiKeyRepository;
import dev.cadenza.adapters.persistence.JdbiAuditLog;
import dev.cadenza.adapters.persistence.JdbiSessionRepository;
import dev.cadenza.adapters.persistence.JdbiSongRepository;
import dev.cadenza.adapters.persistence.JdbiTransactionRunner;
import dev.cadenza.adapters.persistence.JdbiUserRepository;
import dev.cadenza.adapters.persistence.LiquibaseMigrator;
import dev.cadenza.adapters.rest.RestModule;
import dev.cadenza.adapters.rest.RestPorts;
import dev.cadenza.adapters.rest.RestSettings;
import dev.cadenza.adapters.rest.auth.CredentialCallers;
import dev.cadenza.adapters.security.BcryptPasswordHasher;
import dev.cadenza.adapters.security.JwtAccessTokens;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.service.MusicServices;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.shared.service.ListAuditEntriesService;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.service.UsersServices;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every adapter and use case and hands them to the driving adapters. */
final class Wiring {

  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

  /** Who may write the catalog: curators and admins. */
  static final CatalogWritePolicy CATALOG_WRITERS = CatalogWritePolicy.curatorsAndAdmins();

  private final CadenzaConfiguration config;
  private final MusicCatalog music;
  private final UserAccounts users;
  private final AuditLog audit;

  private Wiring(CadenzaConfiguration config, MusicCatalog music, UserAccounts users, AuditLog audit) {
    this.config = config;
    this.music = music;
    this.users = users;
    this.audit = audit;
  }

  static Wiring create(CadenzaConfiguration config, Environment environment) {
    createDataDirectory(config);
    DataSourceFactory database = EmbeddedDatabase.resolve(config);
    ManagedDataSource dataSource = database.build(environment.metrics(), "database");
    LiquibaseMigrator.migrate(dataSource);
    Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "database");
    environment.healthChecks().register("storage", new DataDirectoryHealthCheck(config.dataDirectory()));
    environment.admin().addTask(new SeedTask(new BulkCatalogLoader(jdbi, Clock.systemUTC())));
    Clock clock = Clock.systemUTC();
    AuditLog audit = new JdbiAuditLog(jdbi);
    Wiring wiring = new Wiring(config, music(jdbi, clock), users(jdbi, config, clock), audit);
    wiring.createAdminFromEnvironment();
    return wiring;
  }

  /** The music context over the JDBI adapters. */
  static MusicCatalog music(Jdbi jdbi, Clock clock) {
    return MusicServices.create(new JdbiSongRepository(jdbi), new JdbiAlbumRepository(jdbi), CATALOG_WRITERS,
        new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi), clock);
  }

  /**
   * The users context over the JDBI adapters, with the accounts, sessions and keys that every
   * authenticated request checks kept in process memory for {@code auth.credentialCacheTtl}.
   */
  static UserAccounts users(Jdbi jdbi, CadenzaConfiguration config, Clock clock) {
    AuthSettings auth = config.getAuth();
    TransactionRunner tx = new JdbiTransactionRunner(jdbi);
    Duration ttl = auth.getCredentialCacheTtl().toJavaDuration();
    return UsersServices.create(new UsersServices.Ports(
        new CachingUserRepository(new JdbiUserRepository(jdbi), tx, ttl),
        new CachingSessionRepository(new JdbiSessionRepository(jdbi), tx, ttl),
        new CachingApiKeyRepository(new JdbiApiKeyRepository(jdbi), tx, ttl),
        new BcryptPasswordHasher(auth.getBcryptCost()),
        new JwtAccessTokens(SigningKeys.load(auth, config.dataDirectory()), clock),
        new InProcessLoginThrottle(auth.getLoginFailureLimit(), auth.getLoginFailureWindow().toJavaDuration(), clock),
        new JdbiAuditLog(jdbi), tx, clock,
        new PasswordPolicy(auth.getPasswordMinLength(), auth.getPasswordMaxLength(), false),
        new TokenSettings(auth.getAccessTokenLifetime().toJavaDuration(),
            auth.getRefreshTokenLifetime().toJavaDuration())));
  }

  /** {@code CADENZA_ADMIN_USERNAME} and {@code CADENZA_ADMIN_PASSWORD}: the first admin, for containers. */
  private void createAdminFromEnvironment() {
    AuthSettings auth = config.getAuth();
    if (auth.getAdminUsername().isBlank() || auth.getAdminPassword().isBlank()) {
      return;
    }
    users.createAdmin().createAdminIfNone(auth.getAdminUsername(), auth.getAdminPassword(), "Administrator")
        .ifPresentOrElse(admin -> LOG.info("created the first admin {}", admin.user().username().value()),
            () -> LOG.info("an admin exists already; CADENZA_ADMIN_USERNAME is not used"));
  }

  void installRest(Environment environment) {
    String version = Version.current();
    RestModule.install(environment, new RestPorts(music, users, new ListAuditEntriesService(audit)),
        new RestSettings(config.getMaxRequestBodyBytes(), new CredentialCallers(users.authenticate()), version,
            config.getAuth().getTrustedProxies()));
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
