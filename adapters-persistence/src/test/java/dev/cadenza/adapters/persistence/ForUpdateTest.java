package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Change;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** findByIdForUpdate keeps a second transaction waiting until the first one ends. */
class ForUpdateTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private final ExecutorService other = Executors.newSingleThreadExecutor();
  private JdbiTransactionRunner tx;
  private JdbiSongRepository songs;
  private JdbiAlbumRepository albums;

  @BeforeEach
  void setUp() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    tx = new JdbiTransactionRunner(jdbi);
    songs = new JdbiSongRepository(jdbi);
    albums = new JdbiAlbumRepository(jdbi);
  }

  @AfterEach
  void tearDown() {
    other.shutdownNow();
  }

  /** Whether some session waits for a lock that the session {@code holder} holds. */
  private static boolean someoneWaitsFor(int holder) throws Exception {
    try (Connection c = DB.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
             + " WHERE " + holder + " = ANY(pg_blocking_pids(pid))")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static void awaitWaiterOn(int holder) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!someoneWaitsFor(holder)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the second transaction never waited for the lock");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aSecondTransactionWaitsForTheSongAndThenSeesTheFirstOnesUpdate() throws Exception {
    Song song = aSong().id(new SongId(UUID.randomUUID())).title("Before").build();
    tx.inTransaction(() -> songs.add(song));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    int[] holder = new int[1];

    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.inTransaction(() -> {
      Song current = songs.findByIdForUpdate(song.id()).orElseThrow();
      holder[0] = backendPid();
      locked.countDown();
      await(release);
      songs.update(current.revise(new SongChanges(Change.to("After"), Change.keep(), Change.keep(), Change.keep(),
          Change.keep(), Change.keep()), Instant.parse("2026-02-02T00:00:00Z")));
    }));
    assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

    Future<Song> second = other.submit(() -> tx.inTransaction(() -> songs.findByIdForUpdate(song.id()).orElseThrow()));
    awaitWaiterOn(holder[0]);
    assertThat(second.isDone()).as("blocked while the first transaction holds the row").isFalse();
    assertThat(songs.findById(song.id()).orElseThrow().details().title())
        .as("a plain read is not blocked").isEqualTo("Before");

    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    Song seen = second.get(10, TimeUnit.SECONDS);
    assertThat(seen.details().title()).isEqualTo("After");
    assertThat(seen.version()).isEqualTo(2);
  }

  @Test
  void albumsAreLockedTheSameWay() throws Exception {
    Album album = anAlbum().id(new AlbumId(UUID.randomUUID())).title("Before").build();
    tx.inTransaction(() -> albums.add(album));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    int[] holder = new int[1];

    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.inTransaction(() -> {
      Album current = albums.findByIdForUpdate(album.id()).orElseThrow();
      holder[0] = backendPid();
      locked.countDown();
      await(release);
      albums.update(current.revise(new AlbumChanges(Change.to("After"), Change.keep(), Change.keep()),
          Instant.parse("2026-02-02T00:00:00Z")));
    }));
    assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

    Future<Album> second = other.submit(() -> tx.inTransaction(() -> albums.findByIdForUpdate(album.id()).orElseThrow()));
    awaitWaiterOn(holder[0]);
    assertThat(second.isDone()).isFalse();

    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(second.get(10, TimeUnit.SECONDS).details().title()).isEqualTo("After");
  }

  /** The server process of the current transaction: the repositories' handle is the runner's. */
  private static int backendPid() {
    return DB.jdbi().withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
