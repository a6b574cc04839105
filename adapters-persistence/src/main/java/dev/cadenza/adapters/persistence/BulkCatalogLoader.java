package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogRules;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Uuids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the catalog with a large synthetic one for the {@code seed} command and benchmarks: albums
 * first, then songs, a good share of them on those albums. Rows go in through PostgreSQL's
 * {@code COPY} in batches, each committed on its own, with every index in place, and the tables are
 * vacuumed and analyzed at the end; no audit entries are written for them. Items are dated one millisecond apart, ending now, so the "recent" order
 * is the order they were made in.
 */
public final class BulkCatalogLoader {

  /** Rows per {@code COPY}, and so per commit and per progress report. */
  static final int BATCH = 20_000;
  private static final double SONGS_ON_ALBUMS = 0.7;

  private final Jdbi jdbi;
  private final Clock clock;
  private final long seed;

  /** A loader whose catalogs differ from run to run. */
  public BulkCatalogLoader(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, new Random().nextLong());
  }

  /** A loader whose text, years and album choices depend only on {@code seed}; ids still differ. */
  public BulkCatalogLoader(Jdbi jdbi, Clock clock, long seed) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.seed = seed;
  }

  /** What a load wrote and how long it took. */
  public record Result(int albums, int songs, Duration took) {
  }

  /**
   * Inserts {@code albums} albums and {@code songs} songs. {@code progress} hears the number of
   * rows (albums and songs together) committed so far after each batch, up to {@code albums + songs}.
   */
  public Result load(int albums, int songs, LongConsumer progress) {
    if (albums < 0 || songs < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    long started = System.nanoTime();
    try (Handle handle = jdbi.open()) {
      Connection connection = handle.getConnection();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        // Each batch is one commit; a seed stopped half-way leaves whole batches behind.
        statement.execute("SET synchronous_commit = off");
        try {
          CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
          new Run(copy, albums, songs, progress).write();
        } finally {
          // The connection may go back to a pool.
          statement.execute("RESET synchronous_commit");
        }
        // Merges the trigram indexes' pending entries and refreshes the planner's statistics, so
        // that searches use the indexes from the first request on.
        statement.execute("VACUUM (ANALYZE) albums, songs, album_stats, song_stats");
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
    }
    return new Result(albums, songs, Duration.ofNanos(System.nanoTime() - started));
  }

  private final class Run {
    private final CopyManager copy;
    private final int albumCount;
    private final int songCount;
    private final LongConsumer progress;
    private final SyntheticCatalog catalog;
    private final Random random;
    private final int maxYear = CatalogRules.maxYear() - 1;
    private final Instant first;
    private final AlbumId[] albumIds;
    private final String[] albumPerformers;
    private final int[] albumYears;
    private long written;

    Run(CopyManager copy, int albumCount, int songCount, LongConsumer progress) {
      this.copy = copy;
      this.albumCount = albumCount;
      this.songCount = songCount;
      this.progress = progress;
      this.random = new Random(seed);
      this.catalog = new SyntheticCatalog(random);
      this.first = clock.instant().minusMillis((long) albumCount + songCount);
      this.albumIds = new AlbumId[albumCount];
      this.albumPerformers = new String[albumCount];
      this.albumYears = new int[albumCount];
    }

    void write() throws SQLException, IOException {
      CopyBatch batch = new CopyBatch("albums", AlbumRow.COLUMNS);
      for (int i = 0; i < albumCount; i++) {
        batch.add(albumRow(i));
        if (batch.size() == BATCH) {
          flush(batch);
        }
      }
      flush(batch);
      batch = new CopyBatch("songs", SongRow.COLUMNS);
      for (int i = 0; i < songCount; i++) {
        batch.add(songRow(albumCount + i));
        if (batch.size() == BATCH) {
          flush(batch);
        }
      }
      flush(batch);
    }

    private void flush(CopyBatch batch) throws SQLException, IOException {
      if (batch.size() > 0) {
        written += batch.copyTo(copy);
        progress.accept(written);
      }
    }

    private Instant at(int sequence) {
      return first.plusMillis(sequence);
    }

    private Object[] albumRow(int i) {
      Instant at = at(i);
      String performer = random.nextInt(20) == 0 ? null : catalog.performer();
      Album album = Album.create(new AlbumId(Uuids.v7(Clock.fixed(at, ZoneOffset.UTC))),
          new AlbumDetails(catalog.albumTitle(), performer, catalog.year(maxYear)), at);
      albumIds[i] = album.id();
      albumPerformers[i] = performer;
      albumYears[i] = album.details().year();
      AlbumRow r = AlbumRow.of(album);
      return new Object[] {r.id(), r.title(), r.titleFold(), r.performer(), r.performerFold(), r.year(),
          r.coverKey(), r.version(), r.createdAt(), r.updatedAt()};
    }

    private Object[] songRow(int sequence) {
      Instant at = at(sequence);
      AlbumId album = null;
      String performer = null;
      int year;
      if (albumCount > 0 && random.nextDouble() < SONGS_ON_ALBUMS) {
        int a = random.nextInt(albumCount);
        album = albumIds[a];
        performer = albumPerformers[a];
        year = albumYears[a];
      } else {
        year = catalog.year(maxYear);
      }
      if (performer == null) {
        performer = catalog.performer();
      }
      Song song = Song.create(new SongId(Uuids.v7(Clock.fixed(at, ZoneOffset.UTC))),
          new SongDetails(catalog.songTitle(), performer, catalog.genre(), year, catalog.durationSeconds(), album), at);
      SongRow r = SongRow.of(song);
      return new Object[] {r.id(), r.title(), r.titleFold(), r.performer(), r.performerFold(), r.genre(),
          r.genreFold(), r.year(), r.durationSeconds(), r.albumId(), r.version(), r.createdAt(), r.updatedAt()};
    }
  }

  /** Rows in COPY's text format. */
  static final class CopyBatch {
    private final String sql;
    private final StringBuilder text = new StringBuilder(1 << 20);
    private int size;

    CopyBatch(String table, String columns) {
      this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    void add(Object[] values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        append(values[i]);
      }
      text.append('\n');
      size++;
    }

    int size() {
      return size;
    }

    /** Sends the rows as one COPY and empties the batch; returns how many rows it sent. */
    long copyTo(CopyManager copy) throws SQLException, IOException {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      long rows = copy.copyIn(sql, new ByteArrayInputStream(bytes));
      text.setLength(0);
      size = 0;
      return rows;
    }

    private void append(Object value) {
      if (value == null) {
        text.append("\\N");
        return;
      }
      String s = value instanceof OffsetDateTime time ? time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : value.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }
  }
}
