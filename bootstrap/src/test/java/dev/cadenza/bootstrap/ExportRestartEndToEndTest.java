package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An accepted export survives the service stopping before any worker ran it: the first service runs
 * no worker ({@code exports.workers: 0}), accepts the job and stops; a second service on the same
 * database and data directory starts, its worker finds the job, and the file is there to download.
 */
@ExtendWith(ForgetConfigOverrides.class)
class ExportRestartEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final String ADMIN = "rs-admin";
  private static final String ADMIN_PASSWORD = "rs-admin-password";

  private static DropwizardAppExtension<CadenzaConfiguration> app(Path dataDir, int workers) {
    return EndToEndApps.app(DB, dataDir.toString(),
        ConfigOverride.config("auth.adminUsername", ADMIN),
        ConfigOverride.config("auth.adminPassword", ADMIN_PASSWORD),
        ConfigOverride.config("exports.workers", Integer.toString(workers)),
        ConfigOverride.config("exports.pollInterval", "100 milliseconds"));
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  void aJobAcceptedBeforeAStopIsRunAfterTheNextStart() throws Exception {
    Path dataDir = Files.createTempDirectory("cadenza-restart");
    DropwizardAppExtension<CadenzaConfiguration> first = app(dataDir, 0);
    first.before();
    String user;
    String jobId;
    try {
      Client client = new Client(first);
      String admin = client.token(ADMIN, ADMIN_PASSWORD, false);
      user = client.newUser();
      String song = client.song(admin, "Survivor");
      String playlist = Client.json(client.post("/api/v1/playlists", user,
          "{\"name\":\"Restart\",\"visibility\":\"private\"}")).get("id").asText();
      assertThat(client.post("/api/v1/playlists/" + playlist + "/entries", user,
          "{\"songIds\":[\"" + song + "\"]}").statusCode()).isEqualTo(201);
      HttpResponse<String> accepted = client.post("/api/v1/playlists/" + playlist + "/exports", user,
          "{\"format\":\"xspf\"}");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      jobId = Client.json(accepted).get("id").asText();
      Thread.sleep(500);
      assertThat(Client.json(client.get("/api/v1/exports/" + jobId, user)).get("status").asText())
          .as("no worker runs in the first service").isEqualTo("queued");
    } finally {
      first.after();
    }

    DropwizardAppExtension<CadenzaConfiguration> second = app(dataDir, 1);
    second.before();
    try {
      Client client = new Client(second);
      JsonNode job = null;
      Instant deadline = Instant.now().plusSeconds(30);
      while (Instant.now().isBefore(deadline)) {
        job = Client.json(client.get("/api/v1/exports/" + jobId, user));
        if (job.get("status").asText().equals("succeeded")) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
      assertThat(job.get("attempts").asInt()).isEqualTo(1);
      HttpResponse<String> file = client.get("/api/v1/exports/" + jobId + "/file", user);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.body()).contains("<title>Survivor</title>");
    } finally {
      second.after();
    }
  }
}
