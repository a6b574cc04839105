package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockService;
import javax.sql.DataSource;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;

/**
 * The changelog applies to an empty schema, a second time changes nothing, and the indexes are there:
 * one for every search, order and lookup of the repositories, and for every foreign key. Concurrent
 * migrations take turns through a session lock, which a migrator killed midway does not leave behind.
 */
class MigrationTest {

  /** Seconds between Liquibase's attempts to take its lock (10 by default). */
  private static final String POLL_RATE = "liquibase.changelogLockPollRate";

  private static final List<String> CHANGE_SETS = List.of("001-pg-trgm", "002-albums", "002-albums-indexes",
      "003-songs", "003-songs-indexes", "004-audit-log", "005-users", "005-users-indexes", "006-sessions",
      "007-api-keys", "008-item-stats", "008-song-stats-trigger-function", "008-song-stats-trigger",
      "008-album-stats-trigger-function", "008-album-stats-trigger", "008-ratings", "008-likes",
      "009-playlists", "009-playlist-collaborators", "009-playlist-entries", "009-playlist-activity",
      "009-library-songs", "010-idempotency-keys", "011-export-jobs", "011-import-matching",
      "012-export-format-openmusic", "013-session-rotation", "014-audit-resource-id", "015-refresh-token-expiry",
      "016-export-jobs-finished");

  @Test
  void appliesOnceAndThenIsANoOp() throws Exception {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      LiquibaseMigrator.migrate(db.dataSource());
      List<String> applied = changeSets(db);
      assertThat(applied).containsExactlyElementsOf(CHANGE_SETS);

      try (Connection connection = db.connect()) {
        LiquibaseMigrator.migrate(connection);
        assertThat(connection.isClosed()).as("the caller's connection stays open").isFalse();
        assertThat(connection.getAutoCommit()).as("and in auto-commit mode").isTrue();
      }
      LiquibaseMigrator.migrate(db.dataSource());

      assertThat(changeSets(db)).containsExactlyElementsOf(applied);
      List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                  + " ORDER BY table_name").mapTo(String.class).list());
      assertThat(tables).containsExactly("album_likes", "album_ratings", "album_stats", "albums", "api_keys",
          "audit_log", "databasechangelog", "export_jobs", "idempotency_keys", "library_songs",
          "playlist_activity", "playlist_collaborators", "playlist_entries", "playlists", "refresh_tokens", "sessions",
          "song_likes", "song_ratings", "song_stats", "songs", "users");
    }
  }

  @Test
  void theMigrationWorksWithoutThePoolsSocketTimeoutAndPutsItBack() throws Exception {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      Connection real = DriverManager.getConnection(db.jdbcUrl() + "&socketTimeout=7");
      List<Integer> timeoutsWhileWorking = new ArrayList<>();
      // Records the connection's socket timeout each time the migration opens a statement.
      Connection watched = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
              timeoutsWhileWorking.add(real.getNetworkTimeout());
            }
            if (method.getName().equals("close")) {
              return null;
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
              return watched;
            }
            throw new UnsupportedOperationException(method.getName());
          });
      try (real) {
        assertThat(real.getNetworkTimeout()).isEqualTo(7_000);

        LiquibaseMigrator.migrate(pool);

        assertThat(changeSets(db)).containsExactlyElementsOf(CHANGE_SETS);
        assertThat(timeoutsWhileWorking).isNotEmpty().containsOnly(0);
        assertThat(real.getNetworkTimeout()).as("back to the pool's timeout").isEqualTo(7_000);
      }
    }
  }

  @Test
  void aFailedMigrationReportsItsOwnFailureWithTheConnectionsTroubleSuppressed() throws Exception {
    SQLException broken = new SQLException("the connection broke", "08006");
    Connection failing = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("getAutoCommit")) {
            return true;
          }
          throw broken;
        });

    assertThatThrownBy(() -> LiquibaseMigrator.migrate(failing))
        .isInstanceOf(LiquibaseMigrator.MigrationException.class)
        .hasMessage("the database migration failed")
        .satisfies(failure -> assertThat(failure.getSuppressed()).singleElement()
            .satisfies(suppressed -> assertThat(suppressed)
                .hasMessage("cannot restore the connection's auto-commit mode")
                .hasCause(broken)));
  }

  @Test
  void aMigrationThatFailsOnALostConnectionReportsTheMigrationsFailureFirst() {
    SQLException lost = new SQLException("the connection was lost", "08006");
    Connection broken = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getNetworkTimeout" -> 7_000;
          case "setNetworkTimeout" -> {
            if ((Integer) args[1] != 0) {
              throw lost;
            }
            yield null;
          }
          case "getAutoCommit" -> true;
          case "close" -> null;
          default -> throw lost;
        });
    DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return broken;
          }
          throw new UnsupportedOperationException(method.getName());
        });

    assertThatThrownBy(() -> LiquibaseMigrator.migrate(pool))
        .hasMessage("the database migration failed")
        .satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
            .contains("cannot restore the connection's auto-commit mode",
                "cannot restore the connection's network timeout"));
  }

  @Test
  void createsAnIndexForEverySearchAndOrder() {
    try (TestDatabase db = TestDatabase.create()) {
      List<String> definitions = db.jdbi().withHandle(h -> h.createQuery(
              "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()")
          .mapTo(String.class).list());

      assertThat(definitions).anySatisfy(d -> assertThat(d).startsWith("songs_title_fold_trgm:")
              .contains("USING gin (title_fold gin_trgm_ops)"))
          .anySatisfy(d -> assertThat(d).startsWith("songs_performer_fold_trgm:")
              .contains("USING gin (performer_fold gin_trgm_ops)"))
          .anySatisfy(d -> assertThat(d).startsWith("songs_title_order:").contains("(title_fold, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("songs_year_order:").contains("(year, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("songs_pk:").contains("(id)"))
          .anySatisfy(d -> assertThat(d).startsWith("songs_album:").contains("(album_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("songs_genre:").contains("(genre_fold)"))
          .anySatisfy(d -> assertThat(d).startsWith("albums_title_fold_trgm:")
              .contains("USING gin (title_fold gin_trgm_ops)"))
          .anySatisfy(d -> assertThat(d).startsWith("albums_performer_fold_trgm:")
              .contains("USING gin (performer_fold gin_trgm_ops)"))
          .anySatisfy(d -> assertThat(d).startsWith("albums_title_order:").contains("(title_fold, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("albums_year_order:").contains("(year, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("audit_log_at:").contains("(at, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("audit_log_actor_at:").contains("(actor, at, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("audit_log_resource_at:")
              .contains("(resource_type, resource_id, at, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("audit_log_resource_id_at:").contains("(resource_id, at, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("users_username_unique:").contains("UNIQUE").contains("(username)"))
          .anySatisfy(d -> assertThat(d).startsWith("users_email_unique:").contains("UNIQUE")
              .contains("(email_fold) WHERE (email_fold IS NOT NULL)"))
          .anySatisfy(d -> assertThat(d).startsWith("users_roles:").contains("USING gin (roles)"))
          .anySatisfy(d -> assertThat(d).startsWith("sessions_pk:").contains("(id)"))
          .anySatisfy(d -> assertThat(d).startsWith("sessions_user:").contains("(user_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("refresh_tokens_pk:").contains("(token_hash)"))
          .anySatisfy(d -> assertThat(d).startsWith("refresh_tokens_expires:").contains("(expires_at)"))
          .anySatisfy(d -> assertThat(d).startsWith("export_jobs_finished:").contains("(finished_at, id)")
              .contains("WHERE (finished_at IS NOT NULL)"))
          .anySatisfy(d -> assertThat(d).startsWith("refresh_tokens_session:").contains("(session_id, user_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("api_keys_prefix_unique:").contains("UNIQUE").contains("(prefix)"))
          .anySatisfy(d -> assertThat(d).startsWith("api_keys_owner_order:").contains("(owner_id, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("playlists_owner_order:").contains("(owner_id, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("playlists_public_owner_order:").contains("(owner_id, id)")
              .contains("WHERE (visibility = 'public'"))
          .anySatisfy(d -> assertThat(d).startsWith("playlist_collaborators_user:").contains("(user_id, playlist_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("playlist_collaborators_order:")
              .contains("(playlist_id, added_at, user_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("playlist_entries_position_unique:").contains("UNIQUE")
              .contains("(playlist_id, \"position\")"))
          .anySatisfy(d -> assertThat(d).startsWith("playlist_entries_song:").contains("(song_id, playlist_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("playlist_activity_order:").contains("(playlist_id, at, id)"))
          .anySatisfy(d -> assertThat(d).startsWith("library_songs_order:").contains("(user_id, added_at, song_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("library_songs_song:").contains("(song_id)"))
          .anySatisfy(d -> assertThat(d).startsWith("idempotency_keys_pk:").contains("(caller, key)"))
          .anySatisfy(d -> assertThat(d).startsWith("idempotency_keys_created:").contains("(created_at)"));
      String collation = db.jdbi().withHandle(h -> h.createQuery(
              "SELECT collation_name FROM information_schema.columns WHERE table_schema = current_schema()"
                  + " AND table_name = 'songs' AND column_name = 'title_fold'").mapTo(String.class).one());
      assertThat(collation).as("folded text compares by code point, like Java strings of the fakes").isEqualTo("C");
    }
  }

  @Test
  void aLockRowLeftByAMigratorThatDiedHoldsNothingUp() {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      // the table Liquibase's own lock used (databases migrated before the session lock have it),
      // locked by a process that was killed while migrating
      db.jdbi().useHandle(h -> h.execute("CREATE TABLE databasechangeloglock (id INT PRIMARY KEY,"
          + " locked BOOLEAN NOT NULL, lockgranted TIMESTAMP, lockedby VARCHAR(255))"));
      db.jdbi().useHandle(h -> h.execute(
          "INSERT INTO databasechangeloglock VALUES (1, TRUE, now() - interval '1 hour', 'killed-host')"));

      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> LiquibaseMigrator.migrate(db.dataSource()),
          "a stale lock row kept the migration waiting");

      assertThat(changeSets(db)).containsExactlyElementsOf(CHANGE_SETS);
    }
  }

  @Test
  void aMigrationWaitsForOneInProgressAndNotForOneWhoseSessionEnded() throws Exception {
    String pollRate = System.getProperty(POLL_RATE);
    System.setProperty(POLL_RATE, "1");
    try (TestDatabase db = TestDatabase.createEmpty()) {
      Connection holder = db.connect();
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(holder));
      LockService lock = LockServiceFactory.getInstance().getLockService(database);
      lock.waitForLock();
      assertThat(lock.getClass().getSimpleName()).isEqualTo("PGLockService");

      CompletableFuture<Long> migrated = CompletableFuture.supplyAsync(() -> {
        LiquibaseMigrator.migrate(db.dataSource());
        return System.nanoTime();
      });
      Thread.sleep(3_000);
      assertThat(migrated).as("waits while another session migrates").isNotDone();
      long ended = System.nanoTime();
      holder.close(); // without releasing: the session ends, as when its process is killed
      LockServiceFactory.getInstance().resetAll();

      long finished = migrated.get(60, TimeUnit.SECONDS);
      assertThat(finished).isGreaterThan(ended);
      assertThat(changeSets(db)).containsExactlyElementsOf(CHANGE_SETS);
    } finally {
      if (pollRate == null) {
        System.clearProperty(POLL_RATE);
      } else {
        System.setProperty(POLL_RATE, pollRate);
      }
    }
  }

  private static List<String> changeSets(TestDatabase db) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM databasechangelog ORDER BY orderexecuted")
        .mapTo(String.class).list());
  }
}
