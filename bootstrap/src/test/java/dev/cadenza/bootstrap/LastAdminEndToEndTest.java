package dev.cadenza.bootstrap;

import static dev.cadenza.bootstrap.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service never ends up without an active admin (nobody could grant roles again), also when two
 * admins take the role from each other at the same moment: on real PostgreSQL, exactly one of the two
 * changes passes.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LastAdminEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB,
      EndToEndApps.tempDir("cadenza-last-admin-e2e"),
      ConfigOverride.config("auth.adminUsername", "e2e-root"),
      ConfigOverride.config("auth.adminPassword", "e2e-root-password"),
      ConfigOverride.config("cache.redisUrl", ""));

  private final Client client = new Client(APP);

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  private HttpResponse<String> put(String path, String token, String body) {
    return client.send("PUT", client.url(path), token, body);
  }

  private HttpResponse<String> roles(String token, String userId, String roles) {
    return put("/api/v1/users/" + userId + "/roles", token, "{\"roles\":" + roles + "}");
  }

  private String idOf(String token) {
    return json(client.get("/api/v1/me", token)).get("id").asText();
  }

  private List<String> rolesList(String admin, String userId) {
    var roles = json(client.get("/api/v1/users/" + userId, admin)).get("roles");
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    roles.forEach(role -> names.add(role.asText()));
    return names;
  }

  @Test
  void theOnlyAdminCannotBeDemotedNorDeactivated() {
    String root = client.token("e2e-root", "e2e-root-password", false);
    String rootId = idOf(root);

    HttpResponse<String> demoted = roles(root, rootId, "[\"user\"]");
    assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(409);
    assertThat(json(demoted).path("code").asText()).isEqualTo("LastAdmin");
    HttpResponse<String> deactivated = put("/api/v1/users/" + rootId + "/status", root, "{\"active\":false}");
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(409);
    assertThat(rolesList(root, rootId)).contains("admin");
    assertThat(client.get("/api/v1/me", root).statusCode()).as("still active").isEqualTo(200);

    var operations = json(client.get("/openapi.json", null)).path("paths");
    assertThat(operations.path("/api/v1/users/{id}/roles").path("put").path("responses").has("409")).isTrue();
    assertThat(operations.path("/api/v1/users/{id}/status").path("put").path("responses").has("409")).isTrue();
  }

  @Test
  void twoAdminsDemotingEachOtherAtOnceLeaveOne() throws Exception {
    String root = client.token("e2e-root", "e2e-root-password", false);
    String rootId = idOf(root);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        String other = client.newUser();
        String otherId = idOf(other);
        assertThat(roles(root, otherId, "[\"user\",\"admin\"]").statusCode()).isEqualTo(200);

        CountDownLatch start = new CountDownLatch(1);
        Future<HttpResponse<String>> byRoot = pool.submit(() -> {
          start.await();
          return roles(root, otherId, "[\"user\"]");
        });
        Future<HttpResponse<String>> byOther = pool.submit(() -> {
          start.await();
          return roles(other, rootId, "[\"user\"]");
        });
        start.countDown();
        List<Integer> statuses = List.of(byRoot.get().statusCode(), byOther.get().statusCode());
        // the loser is refused as the last admin, or (its own role gone first) as no admin at all
        assertThat(statuses).as(byRoot.get().body() + " / " + byOther.get().body()).containsOnlyOnce(200)
            .allMatch(status -> status == 200 || status == 409 || status == 403);

        String survivor = byRoot.get().statusCode() == 200 ? root : other;
        String survivorId = survivor.equals(root) ? rootId : otherId;
        String demotedId = survivor.equals(root) ? otherId : rootId;
        assertThat(rolesList(survivor, survivorId)).contains("admin");
        assertThat(rolesList(survivor, demotedId)).doesNotContain("admin");
        if (!survivor.equals(root)) {
          assertThat(roles(other, rootId, "[\"user\",\"admin\"]").statusCode()).isEqualTo(200);
          assertThat(roles(root, otherId, "[\"user\"]").statusCode()).isEqualTo(200);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
