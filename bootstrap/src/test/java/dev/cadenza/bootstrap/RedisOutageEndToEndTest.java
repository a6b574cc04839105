package dev.cadenza.bootstrap;

import static dev.cadenza.bootstrap.Client.json;
import static dev.cadenza.bootstrap.Client.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service on a Redis of this test's own (a redis-server child process), which the test stops
 * and starts: requests keep succeeding from the database, the failures show in the metrics and the
 * health check says degraded, and the cache comes back by itself. Skipped, saying so, on a machine
 * without the redis-server binary.
 */
@ExtendWith({ForgetConfigOverrides.class, DropwizardExtensionsSupport.class})
class RedisOutageEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final TestRedis REDIS = TestRedis.binary().isPresent() ? TestRedis.spawn() : null;

  static final DropwizardAppExtension<CadenzaConfiguration> APP = app();

  private final Client client = new Client(APP);

  private static DropwizardAppExtension<CadenzaConfiguration> app() {
    try {
      return EndToEndApps.app(DB, Files.createTempDirectory("cadenza-outage").toString(),
          ConfigOverride.config("auth.adminUsername", "e2e-admin"),
          ConfigOverride.config("auth.adminPassword", "e2e-admin-password"),
          ConfigOverride.config("cache.redisUrl", REDIS == null ? "redis://127.0.0.1:1" : REDIS.url().toString()),
          ConfigOverride.config("cache.redisTimeout", "200 milliseconds"),
          ConfigOverride.config("cache.redisRetryAfter", "300 milliseconds"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void needsARedisOfItsOwn() {
    Assumptions.assumeTrue(REDIS != null, "no redis-server binary: the Redis outage test needs one it can stop");
  }

  @AfterAll
  static void cleanUp() {
    if (REDIS != null) {
      REDIS.close();
    }
    DB.close();
  }

  private long failures() {
    HttpResponse<String> metrics = client.send("GET", client.adminUrl("/metrics"), null, null);
    return json(metrics).path("meters").path("cadenza.cache.failures").path("count").asLong();
  }

  @Test
  void theServiceAnswersThroughAnOutageAndTheCacheComesBack() throws Exception {
    String admin = client.token("e2e-admin", "e2e-admin-password", false);
    String fan = client.newUser();
    String song = client.song(admin, "Strange Fruit");
    client.get("/api/v1/songs/" + song, null);
    assertThat(source(client.get("/api/v1/songs/" + song, null))).isEqualTo("cache");
    assertThat(client.get("/status", null).body()).contains("\"cache\":\"up\"");

    REDIS.stop();
    long start = System.nanoTime();
    HttpResponse<String> during = client.get("/api/v1/songs/" + song, null);
    assertThat(during.statusCode()).isEqualTo(200);
    assertThat(source(during)).isEqualTo("database");
    HttpResponse<String> liked = client.send("PUT", client.url("/api/v1/songs/" + song + "/likes/me"), fan, null);
    assertThat(liked.statusCode()).isEqualTo(200);
    assertThat(json(client.get("/api/v1/songs/" + song + "/likes", null)).path("count").asLong()).isEqualTo(1);
    assertThat(System.nanoTime() - start).as("no request hangs on the dead Redis").isLessThan(5_000_000_000L);
    assertThat(failures()).isPositive();
    assertThat(client.get("/status", null).body()).contains("\"cache\":\"degraded\"");
    HttpResponse<String> health = client.send("GET", client.adminUrl("/healthcheck"), null, null);
    assertThat(health.body()).contains("degraded");

    REDIS.start();
    Thread.sleep(400);
    assertThat(client.get("/status", null).body()).contains("\"cache\":\"up\"");
    client.get("/api/v1/songs/" + song + "/likes", null);
    HttpResponse<String> back = client.get("/api/v1/songs/" + song + "/likes", null);
    assertThat(source(back)).isEqualTo("cache");
    assertThat(json(back).path("count").asLong()).isEqualTo(1);
  }
}
