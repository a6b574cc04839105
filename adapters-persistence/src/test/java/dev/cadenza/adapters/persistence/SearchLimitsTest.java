package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.shared.model.PageRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Catalog searches that run past the configured limit are cancelled by the database. A search is
 * made to wait by another session holding the table's exclusive lock.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SearchLimitsTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private Connection locker;
  private Jdbi jdbi;

  @BeforeEach
  void setUp() throws SQLException {
    DB.truncateAll();
    jdbi = SearchLimits.set(CadenzaJdbi.create(DB.dataSource()), Duration.ofMillis(800));
    locker = DB.connect();
    locker.setAutoCommit(false);
  }

  @AfterEach
  void tearDown() throws SQLException {
    locker.rollback();
    locker.close();
  }

  private void lock(String table) throws SQLException {
    try (Statement s = locker.createStatement()) {
      s.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
    }
  }

  private static void assertCancelledWithin(Duration bound, ThrowingCallable search) {
    long start = System.nanoTime();
    assertThatThrownBy(search).satisfies(failure -> assertThat(sqlState(failure)).isEqualTo("57014"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
  }

  private static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  @Test
  void aSongSearchOrItsTotalPastTheLimitIsCancelled() throws SQLException {
    JdbiSongRepository songs = new JdbiSongRepository(jdbi);
    lock("songs");

    SongFilter filter = new SongFilter("qx", null, null, null, null, null);
    assertCancelledWithin(Duration.ofSeconds(10), () -> songs.search(filter, CatalogSort.TITLE, PageRequest.first(20)));
    assertCancelledWithin(Duration.ofSeconds(10), () -> songs.search(filter, CatalogSort.RATING, PageRequest.first(20)));
    assertCancelledWithin(Duration.ofSeconds(10),
        () -> songs.search(filter, CatalogSort.TITLE, new PageRequest(20, java.util.Optional.empty(), true)));
  }

  @Test
  void anAlbumSearchPastTheLimitIsCancelled() throws SQLException {
    JdbiAlbumRepository albums = new JdbiAlbumRepository(jdbi);
    lock("albums");

    AlbumFilter filter = new AlbumFilter("qx", null, null, null);
    assertCancelledWithin(Duration.ofSeconds(10), () -> albums.search(filter, CatalogSort.TITLE, PageRequest.first(20)));
    assertCancelledWithin(Duration.ofSeconds(10), () -> albums.search(filter, CatalogSort.LIKES, PageRequest.first(20)));
    assertCancelledWithin(Duration.ofSeconds(10),
        () -> albums.search(filter, CatalogSort.TITLE, new PageRequest(20, java.util.Optional.empty(), true)));
  }

  @Test
  void aSearchWithinTheLimitAnswers() {
    JdbiSongRepository songs = new JdbiSongRepository(jdbi);

    assertThat(songs.search(SongFilter.all(), CatalogSort.TITLE, PageRequest.first(20)).items()).isEmpty();
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThatThrownBy(() -> SearchLimits.set(jdbi, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
