package dev.cadenza.adapters.persistence.testing;

import dev.cadenza.adapters.persistence.CadenzaJdbi;
import dev.cadenza.adapters.persistence.LiquibaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh PostgreSQL schema for one test class, with the Cadenza changelog applied. The server is
 * the one {@code CADENZA_TEST_DATABASE_URL} names (a JDBC URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) or, when that is unset, one embedded
 * PostgreSQL 17 started once for the JVM. Every connection made through {@link #jdbcUrl()} has the
 * schema first on its search_path, then {@code public} (where {@code pg_trgm} lives).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabase DB = TestDatabase.create();   // dropped after the class
 * }</pre>
 *
 * Registered as an extension the schema is dropped after the test class; otherwise call
 * {@link #close()}. Schemas left behind by a killed run are dropped by a later run after six hours.
 */
public final class TestDatabase implements AfterAllCallback, AutoCloseable {

  /** The environment variable naming an existing server. */
  public static final String URL_VARIABLE = "CADENZA_TEST_DATABASE_URL";

  private static final String PREFIX = "cadenza_test_";
  private static final Duration STALE = Duration.ofHours(6);
  private static final Set<String> OPEN = ConcurrentHashMap.newKeySet();
  private static Server server;

  private final String schema;
  private final String jdbcUrl;
  private DataSource dataSource;
  private Jdbi jdbi;
  private boolean closed;

  private TestDatabase(String schema, String jdbcUrl) {
    this.schema = schema;
    this.jdbcUrl = jdbcUrl;
  }

  /** A new schema with the changelog applied. */
  public static TestDatabase create() {
    TestDatabase db = createEmpty();
    LiquibaseMigrator.migrate(db.dataSource());
    return db;
  }

  /** A new schema without any table, for tests of the migration itself. */
  public static TestDatabase createEmpty() {
    Server s = server();
    String schema = PREFIX + Instant.now().getEpochSecond() + "_"
        + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    s.execute("CREATE SCHEMA " + schema);
    OPEN.add(schema);
    return new TestDatabase(schema, withParameter(s.url, "currentSchema", schema + ",public"));
  }

  /** Whether the tests run on the embedded server rather than {@value #URL_VARIABLE}'s. */
  public static boolean embedded() {
    return server().embedded != null;
  }

  public String schema() {
    return schema;
  }

  /** A JDBC URL whose connections use this schema; it carries the user (and password, if any). */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The user named in {@link #jdbcUrl()}, for configurations that take it apart. */
  public String user() {
    return parameter(jdbcUrl, "user");
  }

  /** The password in {@link #jdbcUrl()}, or {@code null}. */
  public String password() {
    return parameter(jdbcUrl, "password");
  }

  /** An unpooled data source over {@link #jdbcUrl()}. */
  public synchronized DataSource dataSource() {
    if (dataSource == null) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(jdbcUrl);
      dataSource = ds;
    }
    return dataSource;
  }

  /** A {@link Jdbi} over {@link #dataSource()}, configured by {@link CadenzaJdbi}. */
  public synchronized Jdbi jdbi() {
    if (jdbi == null) {
      jdbi = CadenzaJdbi.create(dataSource());
    }
    return jdbi;
  }

  /** Opens a connection on this schema; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl);
  }

  /** Empties every table the changelog made, so each test starts from nothing. */
  public void truncateAll() {
    jdbi().useHandle(h -> h.execute("TRUNCATE playlist_activity, playlist_entries, playlist_collaborators, playlists,"
        + " export_jobs, library_songs, idempotency_keys, song_ratings, album_ratings, song_likes, album_likes, song_stats, album_stats, songs, albums, audit_log, api_keys, refresh_tokens, sessions, users"));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Drops the schema and everything in it. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      OPEN.remove(schema);
    }
  }

  private static synchronized Server server() {
    if (server == null) {
      String url = System.getenv(URL_VARIABLE);
      server = url == null || url.isBlank() ? Server.startEmbedded() : new Server(url.trim(), null);
      server.prepare();
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropOpenSchemas, "drop test schemas"));
    }
    return server;
  }

  private static void dropOpenSchemas() {
    for (String schema : List.copyOf(OPEN)) {
      try {
        server.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (RuntimeException e) {
        // The server may already be gone at JVM exit; a later run drops stale schemas.
      }
    }
  }

  static String withParameter(String url, String name, String value) {
    return url + (url.indexOf('?') >= 0 ? "&" : "?") + name + "=" + value;
  }

  static String parameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The server: its URL (database and credentials, no schema) and, when embedded, the process. */
  private static final class Server {
    final String url;
    final EmbeddedPostgres embedded;

    Server(String url, EmbeddedPostgres embedded) {
      this.url = url;
      this.embedded = embedded;
    }

    static Server startEmbedded() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
            .setLocaleConfig("locale", "C.UTF-8")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
        return new Server(pg.getJdbcUrl("postgres", "postgres"), pg);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }

    /** Puts pg_trgm into public once, and drops schemas that killed runs left behind. */
    void prepare() {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_lock(hashtext('cadenza test database'))");
        try {
          s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
          s.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public");
          for (String stale : staleSchemas(s)) {
            s.execute("DROP SCHEMA IF EXISTS " + stale + " CASCADE");
          }
        } finally {
          s.execute("SELECT pg_advisory_unlock(hashtext('cadenza test database'))");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot prepare the test database at " + url + ": " + e.getMessage(), e);
      }
    }

    private static List<String> staleSchemas(Statement s) throws SQLException {
      long before = Instant.now().minus(STALE).getEpochSecond();
      List<String> stale = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + PREFIX.replace("_", "\\_") + "%'")) {
        while (rs.next()) {
          String name = rs.getString(1);
          String[] parts = name.substring(PREFIX.length()).split("_");
          if (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit)
              && Long.parseLong(parts[0]) < before) {
            stale.add(name.toLowerCase(Locale.ROOT));
          }
        }
      }
      return stale;
    }

    void execute(String sql) {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
      }
    }
  }
}
