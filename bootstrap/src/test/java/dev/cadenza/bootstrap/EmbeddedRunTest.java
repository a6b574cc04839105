package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on its embedded default: no database URL starts PostgreSQL in the data directory,
 * the data survives a restart, and the database stops with the service.
 */
class EmbeddedRunTest {

  @TempDir
  Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private DropwizardTestSupport<CadenzaConfiguration> service() {
    return new DropwizardTestSupport<>(CadenzaApplication.class, ResourceHelpers.resourceFilePath("e2e.yml"),
        ConfigOverride.config("database.url", CadenzaConfiguration.EMBEDDED),
        ConfigOverride.config("dataDir", dataDir.toString()),
        ConfigOverride.config("auth.adminUsername", "embedded-admin"),
        ConfigOverride.config("auth.adminPassword", "embedded-admin-password"));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void keepsItsDataInTheDataDirectoryAcrossRestarts() throws Exception {
    String songId;
    DropwizardTestSupport<CadenzaConfiguration> first = service();
    first.before();
    try {
      String base = "http://127.0.0.1:" + first.getLocalPort();
      JsonNode tokens = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"username\":\"embedded-admin\",\"password\":\"embedded-admin-password\"}")).build()).body());
      HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/songs"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + tokens.get("accessToken").asText())
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"title\":\"Survivor\",\"performer\":\"Embedded\",\"genre\":\"Rock\",\"year\":1999}")).build());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      songId = json.readTree(created.body()).get("id").asText();
      assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
      assertThat(dataDir.resolve(SigningKeys.FILE)).exists();
    } finally {
      first.after();
    }
    assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).as("stopped with the service").doesNotExist();

    DropwizardTestSupport<CadenzaConfiguration> second = service();
    second.before();
    try {
      HttpResponse<String> fetched = send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + second.getLocalPort() + "/api/v1/songs/" + songId)).GET().build());
      assertThat(fetched.statusCode()).isEqualTo(200);
      assertThat(json.readTree(fetched.body()).get("title").asText()).isEqualTo("Survivor");
    } finally {
      second.after();
    }
  }
}
