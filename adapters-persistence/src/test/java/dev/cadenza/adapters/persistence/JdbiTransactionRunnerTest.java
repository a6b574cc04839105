package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.PageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction boundary: repositories join it, it is all or nothing, and after-commit keeps its word. */
class JdbiTransactionRunnerTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private JdbiTransactionRunner tx;
  private JdbiSongRepository songs;
  private JdbiAlbumRepository albums;
  private JdbiAuditLog audit;

  @BeforeEach
  void emptyTables() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    tx = new JdbiTransactionRunner(jdbi);
    songs = new JdbiSongRepository(jdbi);
    albums = new JdbiAlbumRepository(jdbi);
    audit = new JdbiAuditLog(jdbi);
  }

  private static Album newAlbum() {
    return anAlbum().id(new AlbumId(UUID.randomUUID())).build();
  }

  private static Song newSongOn(AlbumId album) {
    return aSong().id(new SongId(UUID.randomUUID())).album(album).build();
  }

  private static AuditEntry entry() {
    return new AuditEntry(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"), "system", "song.create", "song",
        "s", Map.of(), Map.of("title", "x"));
  }

  /** Rows in {@code table} as another connection sees them: only committed ones. */
  private static long committedRows(String table) throws Exception {
    try (Connection c = DB.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anExceptionAfterWritesOfTwoRepositoriesCommitsNothing() throws Exception {
    Album album = newAlbum();
    Song song = newSongOn(album.id());

    assertThatThrownBy(() -> tx.inTransaction(() -> {
      albums.add(album);
      songs.add(song);
      audit.record(entry());
      assertThat(songs.findById(song.id())).as("visible inside the transaction").contains(song);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

    assertThat(albums.findById(album.id())).isEmpty();
    assertThat(songs.findById(song.id())).isEmpty();
    assertThat(audit.find(AuditQuery.all(), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void writesOfTwoRepositoriesAreInvisibleToOthersUntilTheCommit() throws Exception {
    Album album = newAlbum();
    Song song = newSongOn(album.id());
    List<Long> seenInside = new ArrayList<>();

    tx.inTransaction(() -> {
      albums.add(album);
      songs.add(song);
      try {
        seenInside.add(committedRows("albums"));
        seenInside.add(committedRows("songs"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    assertThat(seenInside).containsExactly(0L, 0L);
    assertThat(committedRows("albums")).isEqualTo(1);
    assertThat(committedRows("songs")).isEqualTo(1);
  }

  @Test
  void aNestedTransactionJoinsTheOuterOne() {
    Album album = newAlbum();
    Song song = newSongOn(album.id());

    assertThatThrownBy(() -> tx.inTransaction(() -> {
      tx.inTransaction(() -> albums.add(album));
      tx.inTransaction(() -> songs.add(song));
      throw new IllegalStateException("outer fails after the inner ones returned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(albums.findById(album.id())).isEmpty();
    assertThat(songs.findById(song.id())).isEmpty();
  }

  @Test
  void afterCommitRunsOnceTheOutermostTransactionCommitted() {
    List<String> events = new ArrayList<>();
    Album album = newAlbum();

    String result = tx.inTransaction(() -> {
      albums.add(album);
      tx.afterCommit(() -> events.add("first, committed: " + albums.findById(album.id()).isPresent()));
      tx.inTransaction(() -> tx.afterCommit(() -> events.add("from a nested transaction")));
      events.add("work done");
      return "result";
    });

    assertThat(result).isEqualTo("result");
    assertThat(events).containsExactly("work done", "first, committed: true", "from a nested transaction");
  }

  @Test
  void afterCommitNeverRunsOnRollback() {
    List<String> events = new ArrayList<>();

    assertThatThrownBy(() -> tx.inTransaction(() -> {
      tx.afterCommit(() -> events.add("must not run"));
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
    tx.inTransaction(() -> albums.add(newAlbum()));

    assertThat(events).isEmpty();
  }

  @Test
  void afterCommitOutsideATransactionRunsAtOnce() {
    List<String> events = new ArrayList<>();

    tx.afterCommit(() -> events.add("now"));

    assertThat(events).containsExactly("now");
    assertThat(tx.isInTransaction()).isFalse();
    assertThat(tx.inTransaction(tx::isInTransaction)).isTrue();
  }

  @Test
  void aFailingAfterCommitActionNeitherUndoesTheCommitNorStopsTheOthers() {
    List<String> events = new ArrayList<>();
    Album album = newAlbum();

    tx.inTransaction(() -> {
      albums.add(album);
      tx.afterCommit(() -> {
        throw new IllegalStateException("cache is down");
      });
      tx.afterCommit(() -> events.add("second still runs"));
    });

    assertThat(events).containsExactly("second still runs");
    assertThat(albums.findById(album.id())).isPresent();
  }

  @Test
  void repositoriesOutsideATransactionCommitEachStatement() throws Exception {
    albums.add(newAlbum());

    assertThat(committedRows("albums")).isEqualTo(1);
  }
}
