package dev.cadenza.bootstrap;

import dev.cadenza.adapters.persistence.BulkCatalogLoader;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Admin task {@code POST /tasks/seed?songs=N&albums=M}: bulk-loads a synthetic catalog into the
 * running service's own database (the embedded one included), for benchmarks. Admin port only.
 */
final class SeedTask extends Task {

  static final int MAX = 10_000_000;
  private final BulkCatalogLoader loader;
  private final Runnable afterLoad;

  /** {@code afterLoad} runs once the rows are in: it retires what the cache holds of the old catalog. */
  SeedTask(BulkCatalogLoader loader, Runnable afterLoad) {
    super("seed");
    this.loader = loader;
    this.afterLoad = afterLoad;
  }

  /** Throws {@link TaskParameters.Refused} for parameters this task refuses. */
  static void check(Map<String, List<String>> parameters) {
    TaskParameters.count(parameters, "songs", MAX);
    TaskParameters.count(parameters, "albums", MAX);
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    int songs = (int) TaskParameters.count(parameters, "songs", MAX);
    int albums = (int) TaskParameters.count(parameters, "albums", MAX);
    Instant start = Instant.now();
    loader.load(albums, songs, done -> { });
    afterLoad.run();
    output.printf("seeded %d albums and %d songs in %d ms%n", albums, songs,
        Duration.between(start, Instant.now()).toMillis());
  }


}
