package dev.cadenza.bootstrap;

import dev.cadenza.adapters.persistence.BulkRatingLoader;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Admin task {@code POST /tasks/seed-ratings?ratings=N&albumRatings=M&likes=L}: adds synthetic
 * ratings and likes to the catalog already there (after {@code /tasks/seed}), for benchmarks. The
 * figures are set in the database directly; the cached figures and search pages are retired after
 * the load (charts expire within their few seconds).
 */
final class SeedRatingsTask extends Task {

  private static final long MAX = 100_000_000;
  private final BulkRatingLoader loader;
  private final Runnable afterLoad;

  /** {@code afterLoad} runs once the rows are in: it retires what the cache holds of the old catalog. */
  SeedRatingsTask(BulkRatingLoader loader, Runnable afterLoad) {
    super("seed-ratings");
    this.loader = loader;
    this.afterLoad = afterLoad;
  }

  /** Throws {@link TaskParameters.Refused} for parameters this task refuses. */
  static void check(Map<String, List<String>> parameters) {
    for (String name : List.of("ratings", "albumRatings", "likes")) {
      TaskParameters.count(parameters, name, MAX);
    }
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    BulkRatingLoader.Result result = loader.load(TaskParameters.count(parameters, "ratings", MAX),
        TaskParameters.count(parameters, "albumRatings", MAX), TaskParameters.count(parameters, "likes", MAX),
        done -> { });
    afterLoad.run();
    output.printf("seeded %d song ratings, %d album ratings and %d likes in %d ms%n", result.songRatings(),
        result.albumRatings(), result.songLikes(), result.took().toMillis());
  }


}
