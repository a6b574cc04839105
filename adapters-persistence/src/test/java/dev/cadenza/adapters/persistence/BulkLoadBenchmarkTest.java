package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The seed target, measured on demand:
 * {@code ./mvnw -pl adapters-persistence verify -Dtest=BulkLoadBenchmarkTest -Dcadenza.bench.songs=1000000}
 * ({@code -Dcadenza.bench.albums} defaults to a tenth of the songs).
 */
@EnabledIfSystemProperty(named = "cadenza.bench.songs", matches = "\\d+")
class BulkLoadBenchmarkTest {

  @Test
  void loadsTheRequestedCatalog() {
    int songs = Integer.parseInt(System.getProperty("cadenza.bench.songs"));
    int albums = Integer.getInteger("cadenza.bench.albums", songs / 10);
    try (TestDatabase db = TestDatabase.create()) {
      long[] last = {0};
      long started = System.nanoTime();
      BulkCatalogLoader.Result result = new BulkCatalogLoader(db.jdbi(), Clock.systemUTC()).load(albums, songs, n -> {
        if (n - last[0] >= 100_000 || n == (long) albums + songs) {
          System.out.printf("%,d rows after %.1f s%n", n, (System.nanoTime() - started) / 1e9);
          last[0] = n;
        }
      });
      System.out.printf("loaded %,d albums and %,d songs in %.1f s (%s)%n", result.albums(), result.songs(),
          result.took().toMillis() / 1000.0, TestDatabase.embedded() ? "embedded PostgreSQL" : db.jdbcUrl());
      long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM songs").mapTo(Long.class).one());
      assertThat(stored).isEqualTo(songs);
    }
  }
}
