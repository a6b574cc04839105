package dev.cadenza.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.cadenza.adapters.persistence.BulkCatalogLoader;
import dev.cadenza.adapters.persistence.CadenzaJdbi;
import dev.cadenza.adapters.persistence.LiquibaseMigrator;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code seed [--songs N --albums M] [config.yml]}: without sizes, adds a small demo catalog
 * through the use cases (audited like any other change); with sizes, bulk-loads a synthetic one.
 */
final class SeedCommand extends ConfiguredCommand<CadenzaConfiguration> {

  SeedCommand() {
    super("seed", "Fill the catalog: a small demo catalog, or --songs N --albums M synthetic ones");
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("--songs").type(Integer.class).setDefault(0).choices(Arguments.range(0, SeedTask.MAX))
        .help("how many synthetic songs to bulk-load (0: load the demo catalog instead)");
    subparser.addArgument("--albums").type(Integer.class).setDefault(0).choices(Arguments.range(0, SeedTask.MAX))
        .help("how many synthetic albums to bulk-load");
    subparser.addArgument("--no-progress").action(Arguments.storeTrue())
        .help("do not draw a progress bar");
  }

  @Override
  protected void run(Bootstrap<CadenzaConfiguration> bootstrap, Namespace namespace, CadenzaConfiguration config)
      throws Exception {
    int songs = namespace.getInt("songs");
    int albums = namespace.getInt("albums");
    if (songs < 0 || albums < 0) {
      throw new IllegalArgumentException("--songs and --albums must not be negative");
    }
    java.nio.file.Files.createDirectories(config.dataDirectory());
    ManagedDataSource dataSource = EmbeddedDatabase.resolve(config).build(new MetricRegistry(), "seed");
    try {
      LiquibaseMigrator.migrate(dataSource);
      Jdbi jdbi = CadenzaJdbi.create(dataSource);
      if (songs == 0 && albums == 0) {
        MusicCatalog catalog = Wiring.music(jdbi, Clock.systemUTC());
        int added = DemoCatalog.load(catalog);
        System.out.println("demo catalog: " + added + " songs added");
      } else {
        bulk(jdbi, songs, albums, !namespace.getBoolean("no_progress"));
      }
    } finally {
      dataSource.stop();
      EmbeddedDatabase.stop();
    }
  }

  private static void bulk(Jdbi jdbi, int songs, int albums, boolean progress) {
    Instant start = Instant.now();
    BulkCatalogLoader loader = new BulkCatalogLoader(jdbi, Clock.systemUTC());
    if (progress) {
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("seeding").setInitialMax((long) songs + albums)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
        loader.load(albums, songs, bar::stepTo);
      }
    } else {
      loader.load(albums, songs, done -> { });
    }
    System.out.printf("seeded %d albums and %d songs in %d s%n", albums, songs,
        Duration.between(start, Instant.now()).toSeconds());
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    CommandErrors.print(cli, e);
  }
}
