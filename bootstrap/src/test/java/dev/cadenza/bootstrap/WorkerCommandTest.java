package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code java ... worker}: a separate process that runs the export workers without HTTP. The API
 * service here runs no worker of its own; the job it accepts is done by the worker process, which
 * keeps its heartbeat file fresh and stops cleanly on SIGTERM.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WorkerCommandTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final Path DATA = tempDir();
  private static final String ADMIN = "wk-admin";
  private static final String ADMIN_PASSWORD = "wk-admin-password";

  static final DropwizardAppExtension<CadenzaConfiguration> API = EndToEndApps.app(DB, DATA.toString(),
      ConfigOverride.config("auth.adminUsername", ADMIN),
      ConfigOverride.config("auth.adminPassword", ADMIN_PASSWORD),
      ConfigOverride.config("exports.workers", "0"));

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-worker");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process startWorker(Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "-Ddw.database.url=" + DB.jdbcUrl(),
        "-Ddw.database.user=" + DB.user(),
        "-Ddw.database.password=" + (DB.password() == null ? "" : DB.password()),
        "-Ddw.dataDir=" + DATA,
        "-Ddw.exports.workers=0",
        "-Ddw.exports.pollInterval=100ms",
        "-Ddw.logging.level=INFO",
        "-Ddw.logging.appenders[0].threshold=INFO",
        CadenzaApplication.class.getName(), "worker", ResourceHelpers.resourceFilePath("e2e.yml")));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void theWorkerProcessRunsTheJobsTheApiAccepted() throws Exception {
    Client client = new Client(API);
    String admin = client.token(ADMIN, ADMIN_PASSWORD, false);
    String user = client.newUser();
    String song = client.song(admin, "Worked");
    String playlist = Client.json(client.post("/api/v1/playlists", user,
        "{\"name\":\"Background\",\"visibility\":\"private\"}")).get("id").asText();
    assertThat(client.post("/api/v1/playlists/" + playlist + "/entries", user, "{\"songIds\":[\"" + song + "\"]}")
        .statusCode()).isEqualTo(201);
    HttpResponse<String> accepted = client.post("/api/v1/playlists/" + playlist + "/exports", user,
        "{\"format\":\"jspf\"}");
    assertThat(accepted.statusCode()).isEqualTo(202);
    String job = Client.json(accepted).get("id").asText();

    Path log = Files.createTempFile("cadenza-worker", ".log");
    Process worker = startWorker(log);
    try {
      JsonNode status = null;
      Instant deadline = Instant.now().plusSeconds(90);
      while (Instant.now().isBefore(deadline) && worker.isAlive()) {
        status = Client.json(client.get("/api/v1/exports/" + job, user));
        if (status.get("status").asText().equals("succeeded")) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(status).as(Files.readString(log)).isNotNull();
      assertThat(status.get("status").asText()).as(Files.readString(log)).isEqualTo("succeeded");
      assertThat(DATA.resolve(WorkerCommand.HEARTBEAT)).exists();
      assertThat(client.get("/api/v1/exports/" + job + "/file", user).body()).contains("\"title\": \"Worked\"");
    } finally {
      worker.destroy();
      assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("the worker stops on SIGTERM").isTrue();
    }
    assertThat(Files.readString(log)).contains("stopping the workers");
  }
}
