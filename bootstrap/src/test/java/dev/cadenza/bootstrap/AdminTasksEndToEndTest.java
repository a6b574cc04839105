package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin port with a task token: its tasks need the token (even from loopback), its read-only
 * pages do not. (Without a token, tasks run from loopback: SeedTasksEndToEndTest; refusals from
 * other addresses: AdminTaskGuardTest.)
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminTasksEndToEndTest {

  private static final String TOKEN = "e2e-admin-task-token-0123456789";
  private static final TestDatabase DB = TestDatabase.create();

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB,
      EndToEndApps.tempDir("cadenza-admin-tasks"), ConfigOverride.config("adminTaskToken", TOKEN));

  private static final Client CLIENT = new Client(APP);

  private static HttpResponse<String> task(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/tasks/" + path)))
        .POST(HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return CLIENT.send(request);
  }

  private static long songs() {
    return Client.json(CLIENT.get("/api/v1/songs?limit=1&includeTotal=true", null)).path("page").path("total")
        .asLong();
  }

  @Test
  void tasksNeedTheTokenAndChangeNothingWithoutIt() {
    for (String wrong : new String[] {null, "Bearer not-the-token-at-all-000", "Basic " + TOKEN}) {
      HttpResponse<String> refused = task("seed?songs=5&albums=1", wrong);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cadenza-admin\"");
      assertThat(Client.json(refused).path("title").asText()).isEqualTo("Unauthorized");
      assertThat(refused.body()).doesNotContain(TOKEN);
    }
    assertThat(songs()).as("no refused seed loaded anything").isZero();

    HttpResponse<String> seeded = task("seed?songs=5&albums=1", "Bearer " + TOKEN);
    assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
    assertThat(songs()).isEqualTo(5);
    assertThat(task("gc", "Bearer " + TOKEN).statusCode()).as("Dropwizard's own tasks too").isEqualTo(200);
    assertThat(task("gc", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aCodedBodyIsRefusedRatherThanReadAsNoParameters() throws java.io.IOException {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
      gzip.write("songs=5&albums=1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    long before = songs();
    HttpResponse<String> coded = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/tasks/seed")))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));

    assertThat(coded.statusCode()).as(coded.body()).isEqualTo(415);
    assertThat(coded.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(songs()).as("the task did not run").isEqualTo(before);
  }

  @Test
  void theTaskServletsOwnRefusalsAreProblems() {
    HttpResponse<String> unknown = task("sede?songs=5", "Bearer " + TOKEN);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Client.json(unknown).path("detail").asText()).contains("GET /tasks");

    HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/tasks/gc")))
        .header("Authorization", "Bearer " + TOKEN).GET());
    assertThat(get.statusCode()).as(get.body()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(Client.json(get).path("title").asText()).isEqualTo("Method not allowed");

    HttpResponse<String> delete = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/tasks/gc")))
        .header("Authorization", "Bearer " + TOKEN).DELETE());
    assertThat(delete.statusCode()).as("HttpServlet's own 405: " + delete.body()).isEqualTo(405);
    assertThat(delete.headers().firstValue("Allow")).hasValue("POST");
    assertThat(delete.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    HttpResponse<String> list = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/tasks")))
        .header("Authorization", "Bearer " + TOKEN).GET());
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body().lines()).as("the list of tasks goes out as the servlet wrote it")
        .contains("seed", "seed-ratings", "gc", "log-level");

    HttpResponse<String> seeded = task("seed?songs=0&albums=0", "Bearer " + TOKEN);
    assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
    assertThat(seeded.body()).startsWith("seeded 0 albums and 0 songs in ");
  }

  @Test
  void theThreadDumpNeedsTheToken() {
    for (String page : new String[] {"/threads", "/pprof"}) {
      HttpResponse<String> refused = CLIENT.send("GET", CLIENT.adminUrl(page), null, null);
      assertThat(refused.statusCode()).as(page + ": " + refused.body()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.body()).doesNotContain("Thread").doesNotContain("java.lang");
    }
    HttpResponse<String> dump = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/threads")))
        .header("Authorization", "Bearer " + TOKEN).GET());
    assertThat(dump.statusCode()).as(dump.body()).isEqualTo(200);
    assertThat(dump.body()).as("the dump itself, with the token").contains(" id=").contains("state=");
  }

  @Test
  void theHealthPagesNeedNoToken() {
    for (String page : new String[] {"/ping", "/healthcheck", "/metrics"}) {
      HttpResponse<String> r = CLIENT.send("GET", CLIENT.adminUrl(page), null, null);
      assertThat(r.statusCode()).as(page + ": " + r.body()).isEqualTo(200);
    }
  }

  @Test
  void aMethodNoAdminServletHandlesIsRefusedNotAFailure() {
    long before = songs();
    for (String page : new String[] {"/healthcheck", "/metrics", "/ping", "/tasks/seed"}) {
      HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl(page)))
          .header("Authorization", "Bearer " + TOKEN).method("PATCH", HttpRequest.BodyPublishers.noBody()));
      assertThat(r.statusCode()).as("PATCH " + page + ": " + r.body()).isEqualTo(405);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(r.headers().firstValue("Allow")).as(page).hasValue(page.startsWith("/tasks/") ? "POST" : "GET, HEAD");
    }
    HttpResponse<String> list = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.adminUrl("/tasks")))
        .header("Authorization", "Bearer " + TOKEN).method("PATCH", HttpRequest.BodyPublishers.noBody()));
    assertThat(list.statusCode()).isEqualTo(405);
    assertThat(list.headers().firstValue("Allow")).as("the list of tasks is read").hasValue("GET, HEAD");
    assertThat(songs()).as("no task ran").isEqualTo(before);
  }
}
