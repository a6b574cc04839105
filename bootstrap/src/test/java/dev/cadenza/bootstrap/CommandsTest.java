package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code db migrate} and {@code seed} commands, run in-process against real PostgreSQL. */
class CommandsTest {

  @TempDir
  Path dir;

  private Path configFor(TestDatabase db) throws Exception {
    return CommandConfigs.write(dir, db);
  }

  private long count(TestDatabase db, String table) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  @Test
  void dbMigrateCreatesTheSchema() throws Exception {
    TestDatabase db = TestDatabase.createEmpty();
    Path config = configFor(db);

    new CadenzaApplication().run("db", "migrate", config.toString());

    assertThat(count(db, "songs")).isZero();
    assertThat(count(db, "albums")).isZero();
    assertThat(count(db, "audit_log")).isZero();
  }

  @Test
  void seedLoadsTheDemoCatalogOnceAndSyntheticCatalogsOnDemand() throws Exception {
    TestDatabase db = TestDatabase.createEmpty();
    Path config = configFor(db);

    new CadenzaApplication().run("seed", config.toString());
    long demoSongs = count(db, "songs");
    assertThat(demoSongs).isGreaterThanOrEqualTo(15);
    assertThat(count(db, "albums")).isEqualTo(5);
    assertThat(count(db, "audit_log")).isEqualTo(demoSongs + 5);

    new CadenzaApplication().run("seed", config.toString());
    assertThat(count(db, "songs")).as("the demo catalog is loaded once").isEqualTo(demoSongs);

    new CadenzaApplication().run("seed", "--songs", "500", "--albums", "40", "--no-progress", config.toString());
    assertThat(count(db, "songs")).isEqualTo(demoSongs + 500);
    assertThat(count(db, "albums")).isEqualTo(45);
  }
}
