package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin bulk loaders write past the repositories: once they are done, the search pages and
 * figures the cache held of the catalog before are gone, so the next read shows what was loaded. (Before this,
 * the benchmark read a song total of 0 right after seeding.)
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SeedTasksEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, tempDir().toString());

  private static final Client CLIENT = new Client(APP);

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-seed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> task(String query) {
    HttpResponse<String> r = CLIENT.send("POST", CLIENT.adminUrl("/tasks/" + query), null, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }

  @Test
  void listsCachedBeforeABulkLoadShowTheLoadedCatalogRightAfterIt() {
    String total = "/api/v1/songs?limit=1&includeTotal=true";
    assertThat(Client.json(CLIENT.get(total, null)).path("page").path("total").asLong()).isZero();
    HttpResponse<String> cached = CLIENT.get(total, null);
    assertThat(Client.source(cached)).as("the empty page is cached").isEqualTo("cache");

    task("seed?songs=40&albums=4");

    HttpResponse<String> after = CLIENT.get(total, null);
    assertThat(Client.json(after).path("page").path("total").asLong()).isEqualTo(40);
    assertThat(Client.source(after)).isEqualTo("database");

    String byRating = "/api/v1/songs?sort=rating&limit=3";
    JsonNode before = Client.json(CLIENT.get(byRating, null)).path("items");
    assertThat(before).hasSize(3);
    assertThat(before.get(0).path("rating").path("count").asLong()).isZero();
    assertThat(Client.source(CLIENT.get(byRating, null))).isEqualTo("cache");
    // every song's figures and like count read, so cached, before the load
    JsonNode all = Client.json(CLIENT.get("/api/v1/songs?limit=40", null)).path("items");
    assertThat(all).hasSize(40);
    for (JsonNode song : all) {
      CLIENT.get("/api/v1/songs/" + song.path("id").asText(), null);
      CLIENT.get("/api/v1/songs/" + song.path("id").asText() + "/likes", null);
    }

    task("seed-ratings?ratings=400&albumRatings=0&likes=40");

    // the most rated and the most liked song show the loaded figures at once, not after their TTL
    String mostRated = DB.jdbi().withHandle(h -> h.createQuery(
        "SELECT item_id::text FROM song_stats ORDER BY rating_count DESC, item_id LIMIT 1").mapTo(String.class).one());
    long ratings = DB.jdbi().withHandle(h -> h.createQuery("SELECT rating_count FROM song_stats WHERE item_id = "
        + "'" + mostRated + "'::uuid").mapTo(Long.class).one());
    assertThat(ratings).isPositive();
    assertThat(Client.json(CLIENT.get("/api/v1/songs/" + mostRated, null)).path("rating").path("count").asLong())
        .isEqualTo(ratings);
    String mostLiked = DB.jdbi().withHandle(h -> h.createQuery(
        "SELECT item_id::text FROM song_stats ORDER BY like_count DESC, item_id LIMIT 1").mapTo(String.class).one());
    long likes = DB.jdbi().withHandle(h -> h.createQuery("SELECT like_count FROM song_stats WHERE item_id = "
        + "'" + mostLiked + "'::uuid").mapTo(Long.class).one());
    assertThat(likes).isPositive();
    assertThat(Client.json(CLIENT.get("/api/v1/songs/" + mostLiked + "/likes", null)).path("count").asLong())
        .isEqualTo(likes);

    HttpResponse<String> rated = CLIENT.get(byRating, null);
    assertThat(Client.source(rated)).as("the page by rating is read again").isEqualTo("database");
    String top = Client.json(rated).path("items").get(0).path("id").asText();
    JsonNode topRatings = Client.json(CLIENT.get("/api/v1/songs/" + top + "/ratings?limit=1", null)).path("items");
    assertThat(topRatings).as("the first song by rating has ratings").isNotEmpty();
  }

  @Test
  void badTaskParametersAreProblemsAndSeedNothing() {
    long songs = songCount();
    String[][] refused = {
        {"seed?songs=abc&albums=1", "400", "songs must be a whole number"},
        {"seed?songs=5&albums=1.5", "400", "albums must be a whole number"},
        {"seed?songs=-1", "422", "songs must be between 0 and"},
        {"seed-ratings?ratings=99999999999999", "422", "ratings must be between 0 and"},
        {"seed-ratings?likes=x", "400", "likes must be a whole number"},
        {"seed?songs=99999999999999999999", "422", "songs must be between 0 and"},
        {"seed?sngs=5", "400", "sngs is not a parameter of this task (it takes albums, songs)"},
        {"seed?songs=5&songs=7", "400", "songs is given 2 times; give it once"},
        {"log-level?logger=dev.cadenza.e2e&level=NOPE", "400", "level must be one of"},
        {"log-level?logger=dev.cadenza.e2e&level=DEBUG&duration=abc", "400", "duration must be an ISO-8601"},
        {"log-level?logger=ROOT", "400", "level is required for the root logger"},
        {"log-level?logger=root&level=INFO&bogus=1", "400", "bogus is not a parameter of this task"},
        {"log-level?logger=root&level=INFO&level=DEBUG", "400", "level is given 2 times"},
        {"gc?runs=abc", "400", "runs must be a whole number"},
        {"gc?runs=1&runs=2", "400", "runs is given 2 times"},
        {"gc?bogus=1", "400", "bogus is not a parameter of this task (it takes runs)"},
        {"gc?runs=%205", "400", "runs must be a whole number"},
        {"log-level?logger=dev.cadenza.e2e&level=", "400", "level must be one of"},
        {"log-level?logger=dev.cadenza.e2e&level=INFO&duration=%20PT10M", "400", "duration must be an ISO-8601"}};
    for (String[] bad : refused) {
      HttpResponse<String> r = CLIENT.send("POST", CLIENT.adminUrl("/tasks/" + bad[0]), null, null);
      assertThat(r.statusCode()).as(bad[0] + ": " + r.body()).isEqualTo(Integer.parseInt(bad[1]));
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(Client.json(r).path("detail").asText()).contains(bad[2]);
    }
    assertThat(songCount()).isEqualTo(songs);
    HttpResponse<String> twoLoggers = CLIENT.send("POST", CLIENT.adminUrl(
        "/tasks/log-level?logger=dev.cadenza.e2e.a&logger=dev.cadenza.e2e.b&level=INFO"), null, null);
    assertThat(twoLoggers.statusCode()).as("a task that takes several loggers: " + twoLoggers.body()).isEqualTo(200);
  }

  private static long songCount() {
    return DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM songs").mapTo(Long.class).one());
  }
}
