package dev.cadenza.bootstrap;

import dev.cadenza.adapters.cache.CachingApiKeyRepository;
import dev.cadenza.adapters.cache.CachingSessionRepository;
import dev.cadenza.adapters.cache.CachingUserRepository;
import dev.cadenza.adapters.cache.InProcessLoginThrottle;
import dev.cadenza.adapters.persistence.BulkCatalogLoader;
import dev.cadenza.adapters.persistence.BulkRatingLoader;
import dev.cadenza.adapters.persistence.DatabaseReads;
import dev.cadenza.adapters.persistence.JdbiAlbumRepository;
import dev.cadenza.adapters.persistence.JdbiApiKeyRepository;
import dev.cadenza.adapters.persistence.JdbiAuditLog;
import dev.cadenza.adapters.persistence.JdbiCollaboratorRepository;
import dev.cadenza.adapters.persistence.JdbiExportJobRepository;
import dev.cadenza.adapters.persistence.JdbiIdempotencyStore;
import dev.cadenza.adapters.persistence.JdbiLibraryRepository;
import dev.cadenza.adapters.persistence.JdbiPlaylistActivityLog;
import dev.cadenza.adapters.persistence.JdbiPlaylistEntryRepository;
import dev.cadenza.adapters.persistence.JdbiPlaylistRepository;
import dev.cadenza.adapters.persistence.JdbiSessionRepository;
import dev.cadenza.adapters.persistence.JdbiSongReferences;
import dev.cadenza.adapters.persistence.JdbiSongRepository;
import dev.cadenza.adapters.persistence.JdbiTransactionRunner;
import dev.cadenza.adapters.persistence.JdbiUserRepository;
import dev.cadenza.adapters.persistence.LiquibaseMigrator;
import dev.cadenza.adapters.persistence.SearchLimits;
import dev.cadenza.adapters.rest.RestModule;
import dev.cadenza.adapters.rest.RestPorts;
import dev.cadenza.adapters.rest.RestSettings;
import dev.cadenza.adapters.rest.auth.CredentialCallers;
import dev.cadenza.adapters.rest.files.StandardPlaylistFiles;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.adapters.rest.openmusic.OpenMusicModule;
import dev.cadenza.adapters.rest.openmusic.OpenMusicPorts;
import dev.cadenza.adapters.rest.openmusic.OpenMusicSettings;
import dev.cadenza.adapters.security.BcryptPasswordHasher;
import dev.cadenza.adapters.security.JwtAccessTokens;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.music.service.AlbumCoverServices;
import dev.cadenza.domain.music.service.MusicServices;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import dev.cadenza.domain.playlists.port.in.PurgeExportsUseCase;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.playlists.service.PlaylistTransfersServices;
import dev.cadenza.domain.playlists.service.PlaylistsServices;
import dev.cadenza.domain.playlists.service.SongRemovalHandler;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.Mailer;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.shared.service.HandleIdempotentRequestService;
import dev.cadenza.domain.shared.service.ListAuditEntriesService;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.model.UsernameTakenException;
import dev.cadenza.domain.users.port.in.CreateAdminUseCase;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.service.LoginThrottles;
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
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
  private final Playlists playlists;
  /** Playlist exports and imports; set by {@link #create}. */
  private PlaylistTransfers transfers;
  /** The ratings context (ratings, likes, charts); set by {@link #create}. */
  private RatingsAndLikes ratings;
  /** Album covers, kept in the blob store; set by {@link #create}. */
  private AlbumCovers covers;
  /** The use cases of the OpenMusic adapter, with its settings; null when it is off. Set by {@link #create}. */
  private OpenMusicPorts openMusic;

  private Wiring(CadenzaConfiguration config, MusicCatalog music, UserAccounts users, AuditLog audit,
                 Playlists playlists) {
    this.config = config;
    this.music = music;
    this.users = users;
    this.audit = audit;
    this.playlists = playlists;
  }

  static Wiring create(CadenzaConfiguration config, Environment environment) {
    createDataDirectory(config);
    DataSourceFactory database = EmbeddedDatabase.resolve(config);
    ManagedDataSource dataSource = database.build(environment.metrics(), "database");
    LiquibaseMigrator.migrate(dataSource);
    Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "database");
    SearchLimits.set(jdbi, config.getSearchTimeout().toJavaDuration());
    DatabaseReads.report(jdbi, DataSourceHeader::record);
    environment.healthChecks().register("data-directory", new DataDirectoryHealthCheck(config.dataDirectory()));
    Clock clock = Clock.systemUTC();
    CacheWiring cache = CacheWiring.create(config.getCache(), jdbi, environment);
    environment.admin().addTask(new SeedTask(new BulkCatalogLoader(jdbi, clock), cache::forgetSearches));
    environment.admin().addTask(new SeedRatingsTask(new BulkRatingLoader(jdbi, clock), cache::forgetFigures));
    AuditLog audit = new JdbiAuditLog(jdbi);
    AuthSettings auth = config.getAuth();
    UsersServices.Ports userPorts = userPorts(jdbi, config, clock, cache.loginThrottle(auth, clock));
    UserAccounts users = UsersServices.create(userPorts);
    BlobStore blobs = TransfersWiring.blobStore(config, environment);
    AlbumRepository albums = cache.albums(jdbi);
    SongRepository songs = cache.songs(jdbi);
    PlaylistRepository playlistStore = cache.playlists(jdbi);
    MusicCatalog music = music(jdbi, clock, songs, albums, blobs, playlistStore);
    PlaylistsServices.Ports playlistPorts = playlistPorts(jdbi, playlistStore, cache.collaborators(jdbi),
        cache.playlistEntries(jdbi), users, clock);
    Wiring wiring = new Wiring(config, music, users, audit, PlaylistsServices.create(playlistPorts));
    wiring.ratings = cache.ratings(jdbi, music, clock);
    wiring.covers = covers(jdbi, clock, albums, blobs, CATALOG_WRITERS);
    Mailer mailer = TransfersWiring.mailer(config);
    wiring.transfers = PlaylistTransfersServices.create(playlistPorts, new JdbiExportJobRepository(jdbi),
        new StandardPlaylistFiles(), blobs, mailer, config.getExports().toDomain());
    if (config.getOpenmusic().isEnabled()) {
      wiring.openMusic = wiring.openMusic(jdbi, clock, songs, albums, blobs, userPorts, playlistPorts, mailer);
    }
    environment.lifecycle().manage(new ExportWorkers(wiring.transfers.runExportJobs(),
        config.getExports().getWorkers(), config.getExports().getPollInterval().toJavaDuration()));
    purgeHourly(jdbi, wiring.transfers.purgeExports(), environment, clock,
        config.getAuth().getEndedSessionRetention().toJavaDuration(), config.getExports().getRetention().toJavaDuration(),
        config.getAuditRetention().toJavaDuration());
    wiring.createAdminFromEnvironment();
    return wiring;
  }

  /**
   * The music context over the JDBI adapters. A song deletion also takes the song out of every
   * playlist (with a history row in each) and every library, in its transaction: the playlists
   * context's listener on the music context's {@link SongRemovalListener} port.
   */
  static MusicCatalog music(Jdbi jdbi, Clock clock) {
    return music(jdbi, clock, new JdbiSongRepository(jdbi), new JdbiAlbumRepository(jdbi));
  }

  /** The same over the given song and album stores (the service's: read through the cache). */
  static MusicCatalog music(Jdbi jdbi, Clock clock, SongRepository songs, AlbumRepository albums) {
    return music(jdbi, clock, songs, albums, null, new JdbiPlaylistRepository(jdbi));
  }

  /**
   * The same, removing a deleted album's cover from {@code blobs} (when not null) after commit; a
   * deleted song's playlists are changed through {@code playlists}.
   */
  static MusicCatalog music(Jdbi jdbi, Clock clock, SongRepository songs, AlbumRepository albums, BlobStore blobs,
                            PlaylistRepository playlists) {
    return MusicServices.create(songs, albums, CATALOG_WRITERS,
        new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi), clock, songRemovals(jdbi, clock, playlists), blobs);
  }

  /** Album covers in {@code blobs}, written by those {@code policy} lets. */
  private static AlbumCovers covers(Jdbi jdbi, Clock clock, AlbumRepository albums, BlobStore blobs,
                                    CatalogWritePolicy policy) {
    return AlbumCoverServices.create(albums, policy, new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi), clock,
        blobs);
  }

  /**
   * The OpenMusic adapter's use cases: the same services over the same stores, built with the
   * contract's rules where {@code openmusic.*} asks for them. Anonymous catalog writes: a second
   * catalog and cover service with {@link CatalogWritePolicy#anyone()}. Accounts: a second users
   * context with the adapter's password minimum and refresh-token rotation, over the same
   * repositories, caches and login throttle. Non-members: a second playlists context (and export
   * request) whose private playlists refuse them rather than hide. Ratings and likes are the native ones.
   */
  private OpenMusicPorts openMusic(Jdbi jdbi, Clock clock, SongRepository songs, AlbumRepository albums,
                                   BlobStore blobs, UsersServices.Ports userPorts,
                                   PlaylistsServices.Ports playlistPorts, Mailer mailer) {
    OpenMusicConfig om = config.getOpenmusic();
    AuthSettings auth = config.getAuth();
    MusicCatalog omMusic = om.isAnonymousCatalogWrites()
        ? MusicServices.create(songs, albums, CatalogWritePolicy.anyone(), new JdbiAuditLog(jdbi),
            new JdbiTransactionRunner(jdbi), clock, songRemovals(jdbi, clock, playlistPorts.playlists()), blobs)
        : music;
    AlbumCovers omCovers = om.isAnonymousCatalogWrites()
        ? covers(jdbi, clock, albums, blobs, CatalogWritePolicy.anyone())
        : covers;
    int minLength = Math.min(om.getPasswordMinLength(), auth.getPasswordMaxLength());
    UserAccounts omUsers = UsersServices.create(userPorts
        .withPasswordPolicy(new PasswordPolicy(minLength, auth.getPasswordMaxLength(), false))
        .withTokenSettings(userPorts.tokenSettings().withRotation(om.isRotateRefreshTokens())));
    PlaylistsServices.Ports omPlaylistPorts = playlistPorts.withPrivacy(
        om.isForbidNonMembers() ? PlaylistPrivacy.REFUSED : PlaylistPrivacy.HIDDEN);
    PlaylistTransfers omTransfers = PlaylistTransfersServices.create(omPlaylistPorts,
        new JdbiExportJobRepository(jdbi), new StandardPlaylistFiles(), blobs, mailer, config.getExports().toDomain());
    return new OpenMusicPorts(omMusic, omCovers, omUsers, PlaylistsServices.create(omPlaylistPorts),
        omTransfers.requestExport(), ratings);
  }

  /**
   * What playlists and libraries do when a song leaves the catalog. (Its entries are removed past the
   * cached playlist pages; the song's removal retires the songs' search epoch those pages are filed
   * under, see {@code CachingPlaylistEntryRepository}.)
   */
  static SongRemovalListener songRemovals(Jdbi jdbi, Clock clock, PlaylistRepository playlists) {
    return new SongRemovalHandler(playlists, new JdbiPlaylistEntryRepository(jdbi),
        new JdbiPlaylistActivityLog(jdbi), new JdbiLibraryRepository(jdbi), clock);
  }

  /**
   * The playlists context (playlists, libraries, idempotency keys) over the JDBI adapters; it asks
   * the users context whether accounts exist.
   */
  static Playlists playlists(Jdbi jdbi, UserAccounts users, Clock clock) {
    return PlaylistsServices.create(playlistPorts(jdbi, new JdbiPlaylistRepository(jdbi),
        new JdbiCollaboratorRepository(jdbi), new JdbiPlaylistEntryRepository(jdbi), users, clock));
  }

  /**
   * The playlists context's ports over {@code playlists}, {@code collaborators}, {@code entries} and the JDBI
   * adapters for the rest (also what exports and imports run on).
   */
  static PlaylistsServices.Ports playlistPorts(Jdbi jdbi, PlaylistRepository playlists,
                                               CollaboratorRepository collaborators, PlaylistEntryRepository entries,
                                               UserAccounts users, Clock clock) {
    return new PlaylistsServices.Ports(playlists,
        entries, collaborators, new JdbiPlaylistActivityLog(jdbi),
        new JdbiLibraryRepository(jdbi), new JdbiSongReferences(jdbi), new JdbiIdempotencyStore(jdbi),
        users.getUser(), new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi), clock);
  }

  /**
   * Every hour: expired idempotency keys (the next claim would take them over anyway), the sessions
   * and refresh tokens that stopped working more than {@code sessionRetention} ago, and, unless
   * {@code exportRetention} is zero, the export jobs that finished longer ago than that with their
   * files, so that none of these tables grows without end; and, unless {@code auditRetention} is zero
   * (the default: the audit trail is the operator's to trim), audit entries older than that. Each
   * chore fails on its own.
   */
  private static void purgeHourly(Jdbi jdbi, PurgeExportsUseCase exports, Environment environment, Clock clock,
                                  Duration sessionRetention, Duration exportRetention, Duration auditRetention) {
    JdbiIdempotencyStore keys = new JdbiIdempotencyStore(jdbi);
    JdbiAuditLog audit = new JdbiAuditLog(jdbi);
    JdbiSessionRepository sessions = new JdbiSessionRepository(jdbi);
    ScheduledExecutorService hourly = environment.lifecycle().scheduledExecutorService("hourly-purge")
        .threads(1).build();
    hourly.scheduleWithFixedDelay(() -> {
      purge("expired idempotency keys", () -> {
        int purged = keys.purgeCreatedBefore(clock.instant().minus(HandleIdempotentRequestService.DEFAULT_LIFETIME));
        if (purged > 0) {
          LOG.info("purged {} expired idempotency keys", purged);
        }
      });
      purge("ended sessions", () -> {
        SessionRepository.Purged purged = sessions.purgeEndedBefore(clock.instant().minus(sessionRetention));
        if (purged.sessions() + purged.tokens() > 0) {
          LOG.info("purged {} ended sessions and {} expired refresh tokens", purged.sessions(), purged.tokens());
        }
      });
      if (!exportRetention.isZero()) {
        purge("finished export jobs", () -> {
          int purged = exports.purgeFinishedBefore(clock.instant().minus(exportRetention));
          if (purged > 0) {
            LOG.info("purged {} finished export jobs and their files", purged);
          }
        });
      }
      if (!auditRetention.isZero()) {
        purge("old audit entries", () -> {
          long purged = audit.purgeBefore(clock.instant().minus(auditRetention));
          if (purged > 0) {
            LOG.info("purged {} audit entries older than {}", purged, auditRetention);
          }
        });
      }
    }, 1, 60, TimeUnit.MINUTES);
  }

  private static void purge(String what, Runnable chore) {
    try {
      chore.run();
    } catch (RuntimeException e) {
      LOG.warn("could not purge {}; trying again in an hour", what, e);
    }
  }

  /**
   * The users context over the JDBI adapters, with the accounts, sessions and keys that every
   * authenticated request checks kept in process memory for {@code auth.credentialCacheTtl}.
   */
  static UserAccounts users(Jdbi jdbi, CadenzaConfiguration config, Clock clock) {
    AuthSettings auth = config.getAuth();
    java.time.Duration window = auth.getLoginFailureWindow().toJavaDuration();
    return users(jdbi, config, clock, LoginThrottles.byKind(
        new InProcessLoginThrottle(auth.getLoginFailureLimit(), window, clock),
        new InProcessLoginThrottle(auth.getLoginAddressFailureLimit(), window, clock)));
  }

  /** The same with the given login throttle (the service's: shared through Redis when configured). */
  static UserAccounts users(Jdbi jdbi, CadenzaConfiguration config, Clock clock, LoginThrottle throttle) {
    return UsersServices.create(userPorts(jdbi, config, clock, throttle));
  }

  /** The users context's ports over the JDBI adapters, with the credential caches and {@code throttle}. */
  static UsersServices.Ports userPorts(Jdbi jdbi, CadenzaConfiguration config, Clock clock, LoginThrottle throttle) {
    AuthSettings auth = config.getAuth();
    TransactionRunner tx = new JdbiTransactionRunner(jdbi);
    Duration ttl = auth.getCredentialCacheTtl().toJavaDuration();
    CachingUserRepository accounts = new CachingUserRepository(new JdbiUserRepository(jdbi), tx, ttl);
    return new UsersServices.Ports(
        accounts,
        new CachingSessionRepository(new JdbiSessionRepository(jdbi), tx, ttl),
        new CachingApiKeyRepository(new JdbiApiKeyRepository(jdbi), tx, ttl),
        new BcryptPasswordHasher(auth.getBcryptCost()),
        new JwtAccessTokens(SigningKeys.load(auth, config.dataDirectory()), clock),
        throttle,
        new JdbiAuditLog(jdbi), tx, clock,
        new PasswordPolicy(auth.getPasswordMinLength(), auth.getPasswordMaxLength(), false),
        new TokenSettings(auth.getAccessTokenLifetime().toJavaDuration(),
            auth.getRefreshTokenLifetime().toJavaDuration()),
        accounts.forCredentials());
  }

  /** {@code CADENZA_ADMIN_USERNAME} and {@code CADENZA_ADMIN_PASSWORD}: the first admin, for containers. */
  private void createAdminFromEnvironment() {
    AuthSettings auth = config.getAuth();
    if (auth.getAdminUsername().isBlank() || auth.getAdminPassword().isBlank()) {
      return;
    }
    firstAdmin(users.createAdmin(), auth.getAdminUsername(), auth.getAdminPassword())
        .ifPresentOrElse(admin -> LOG.info("created the first admin {}", admin.user().username().value()),
            () -> LOG.info("an admin exists already; CADENZA_ADMIN_USERNAME is not used"));
  }

  /**
   * The first admin, unless there is one. A name an ordinary account has already taken (anyone may
   * register it before the first start with these settings) stops the start with a message saying
   * what to do, rather than a domain exception's trace.
   */
  static Optional<UserProfile> firstAdmin(CreateAdminUseCase createAdmin, String username, String password) {
    try {
      return createAdmin.createAdminIfNone(username, password, "Administrator");
    } catch (UsernameTakenException e) {
      throw new IllegalStateException("CADENZA_ADMIN_USERNAME names an existing account that is not an admin ("
          + username + "); no admin was created. Set CADENZA_ADMIN_USERNAME to a name no account has, or "
          + "create the admin with the create-admin command under another name.", e);
    } catch (ValidationException e) {
      throw new IllegalStateException("CADENZA_ADMIN_USERNAME or CADENZA_ADMIN_PASSWORD is not valid: "
          + e.getMessage(), e);
    }
  }

  void installRest(Environment environment) {
    String version = Version.current();
    RestModule.install(environment, new RestPorts(music, users, new ListAuditEntriesService(audit), playlists,
        ratings, transfers, covers),
        new RestSettings(config.getMaxRequestBodyBytes(), new CredentialCallers(users.authenticate()), version,
            config.getAuth().getTrustedProxies())
            .withMaxCoverBytes(Math.toIntExact(config.getStorage().getCoverMaxBytes())));
    if (openMusic != null) {
      OpenMusicModule.install(environment, openMusic, new OpenMusicSettings(config.getOpenmusic().getPath(),
          new CredentialCallers(openMusic.users().authenticate()), config.getMaxRequestBodyBytes(),
          Math.toIntExact(config.getStorage().getCoverMaxBytes()), config.getOpenmusic().getMaxListedSongs(),
          config.getAuth().getTrustedProxies()));
      LOG.info("the OpenMusic API is served at {}/", config.getOpenmusic().getPath().replaceAll("/+$", ""));
    }
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
