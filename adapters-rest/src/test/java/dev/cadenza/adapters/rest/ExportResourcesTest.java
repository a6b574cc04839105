package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static dev.cadenza.adapters.rest.PlaylistFixtures.USER_HEADER;
import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.service.ExportSettings;
import dev.cadenza.domain.shared.service.ListAuditEntriesService;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export and import resources over the in-memory playlists context (files written by the test
 * kit's simple line format): status codes, headers, bodies and problems. The real file formats are
 * tested in {@code files}, the whole flow end to end in {@code bootstrap}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportResourcesTest {

  private static final InMemoryPlaylists FAKES = new InMemoryPlaylists(Clock.systemUTC(),
      new ExportSettings(3, Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(2), 4,
          Duration.ofHours(1), Optional.empty()));
  private static final ResourceExtension RESOURCES = RestResources.extension(new RestPorts(FAKES.music,
      FAKES.accounts.useCases, new ListAuditEntriesService(FAKES.accounts.audit), FAKES.useCases,
      RestResources.ratings(FAKES.music), FAKES.transfers, Fixtures.mockedCovers()), PlaylistFixtures.settings());

  private static User user() {
    User u = aUser().build();
    FAKES.accounts.users.add(u);
    return u;
  }

  private static Invocation.Builder as(User u, String path) {
    return RESOURCES.target(path).request(MediaType.APPLICATION_JSON).header(USER_HEADER, u.id().toString());
  }

  /** An import request with {@code name} as it stands in the query (percent escapes kept). */
  private static Invocation.Builder named(User u, String encodedName) {
    return RESOURCES.target("/api/v1/playlists/import").queryParam("name", encodedName)
        .request(MediaType.APPLICATION_JSON).header(USER_HEADER, u.id().toString());
  }

  private static String playlistWithASong(User owner) {
    Song s = aSong().id(new SongId(UUID.randomUUID())).title("Track " + UUID.randomUUID()).performer("Band").build();
    FAKES.songs.add(s);
    String id = json(as(owner, "/api/v1/playlists").post(Entity.json("{\"name\":\"P\",\"visibility\":\"private\"}")))
        .path("id").asText();
    as(owner, "/api/v1/playlists/" + id + "/entries").post(Entity.json("{\"songIds\":[\"" + s.id() + "\"]}"));
    return id;
  }

  @Test
  void anExportIsAcceptedWithALocationAndItsFileIsServedOnceDone() {
    User owner = user();
    String playlist = playlistWithASong(owner);

    Response accepted = as(owner, "/api/v1/playlists/" + playlist + "/exports")
        .post(Entity.json("{\"format\":\"M3U8\"}"));
    assertThat(accepted.getStatus()).isEqualTo(202);
    JsonNode job = json(accepted);
    String id = job.path("id").asText();
    assertThat(accepted.getLocation().getPath()).isEqualTo("/api/v1/exports/" + id);
    assertThat(job.path("status").asText()).isEqualTo("queued");
    assertThat(job.path("format").asText()).isEqualTo("m3u8");
    assertThat(job.path("fileUrl").isNull()).isTrue();
    problem(as(owner, "/api/v1/exports/" + id + "/file").get(), 409, "/problems/conflict");
    String queuedTag = as(owner, "/api/v1/exports/" + id).get().getHeaderString(HttpHeaders.ETAG);
    assertThat(as(owner, "/api/v1/exports/" + id).header(HttpHeaders.IF_NONE_MATCH, queuedTag).get().getStatus())
        .isEqualTo(304);

    int ran = 0;
    while (FAKES.transfers.runExportJobs().runNext()) {
      ran++;
    }
    assertThat(ran).as("this test's job, and any other test's still queued").isPositive();

    Response polled = as(owner, "/api/v1/exports/" + id).header(HttpHeaders.IF_NONE_MATCH, queuedTag).get();
    assertThat(polled.getStatus()).as("the job changed since the queued tag").isEqualTo(200);
    String doneTag = polled.getHeaderString(HttpHeaders.ETAG);
    assertThat(doneTag).isNotEqualTo(queuedTag);
    assertThat(as(owner, "/api/v1/exports/" + id).header(HttpHeaders.IF_NONE_MATCH, doneTag).get().getStatus())
        .isEqualTo(304);
    JsonNode done = json(polled);
    assertThat(done.path("status").asText()).isEqualTo("succeeded");
    assertThat(done.path("attempts").asInt()).isEqualTo(1);
    assertThat(done.path("fileUrl").asText()).isEqualTo("/api/v1/exports/" + id + "/file");
    Response file = as(owner, "/api/v1/exports/" + id + "/file").get();
    assertThat(file.getStatus()).isEqualTo(200);
    assertThat(file.getMediaType().toString()).startsWith("audio/x-mpegurl");
    assertThat(file.getHeaderString("Content-Disposition")).isEqualTo(
        "attachment; filename=\"playlist-" + playlist + ".m3u8\"");
    assertThat(file.readEntity(String.class)).startsWith("#LINES m3u8 P\nBand - Track ");
    Response xmlAsked = RESOURCES.target("/api/v1/exports/" + id + "/file").request("application/xml")
        .header(USER_HEADER, owner.id().toString()).get();
    assertThat(xmlAsked.getStatus()).as("a file is sent in its own type, whatever Accept lists").isEqualTo(200);
    assertThat(xmlAsked.getMediaType().toString()).startsWith("audio/x-mpegurl");
    JsonNode refused = problem(RESOURCES.target("/api/v1/exports/" + id + "/file").request()
        .header(HttpHeaders.ACCEPT, "*/*;q=0").header(USER_HEADER, owner.id().toString()).get(), 406,
        "/problems/not-acceptable");
    assertThat(refused.path("detail").asText()).contains("file in its own type").doesNotContain("application/json");
    problem(as(user(), "/api/v1/exports/" + id).get(), 404, "/problems/not-found");
  }

  @Test
  void badExportRequestsAreProblems() {
    User owner = user();
    String playlist = playlistWithASong(owner);
    String path = "/api/v1/playlists/" + playlist + "/exports";

    JsonNode format = problem(as(owner, path).post(Entity.json("{\"format\":\"mp3\"}")), 422, "/problems/validation");
    assertThat(format.toString()).contains("format");
    JsonNode email = problem(as(owner, path).post(Entity.json("{\"format\":\"json\",\"email\":\"nope\"}")), 422,
        "/problems/validation");
    assertThat(email.toString()).contains("email");
    problem(as(owner, path).post(Entity.json("{\"format\":\"json\",\"extra\":1}")), 422, "/problems/validation");
    assertThat(as(owner, path).post(Entity.json("[1]")).getStatus()).isEqualTo(400);
    problem(as(user(), path).post(Entity.json("{\"format\":\"json\"}")), 404, "/problems/not-found");
    problem(RESOURCES.target(path).request().post(Entity.json("{\"format\":\"json\"}")), 401,
        "/problems/unauthorized");
    problem(as(owner, "/api/v1/playlists/" + UUID.randomUUID() + "/exports").post(Entity.json("{\"format\":\"json\"}")),
        404, "/problems/not-found");
  }

  @Test
  void thePerUserLimitAnswers429WithRetryAfter() {
    User busy = user();
    String playlist = playlistWithASong(busy);
    for (int i = 0; i < 4; i++) {
      assertThat(as(busy, "/api/v1/playlists/" + playlist + "/exports").post(Entity.json("{\"format\":\"json\"}"))
          .getStatus()).isEqualTo(202);
    }
    Response limited = as(busy, "/api/v1/playlists/" + playlist + "/exports").post(Entity.json("{\"format\":\"json\"}"));
    assertThat(limited.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(limited.getHeaderString(HttpHeaders.RETRY_AFTER))).isBetween(3500L, 3600L);
  }

  @Test
  void anImportCreatesAPlaylistAndReportsUnmatchedItems() {
    User owner = user();
    Song known = aSong().id(new SongId(UUID.randomUUID())).title("Known " + UUID.randomUUID()).performer("Band")
        .build();
    FAKES.songs.add(known);
    String file = "#LINES jspf Imported\nBand - " + known.details().title() + "\nNobody - Nothing\n";

    Response created = as(owner, "/api/v1/playlists/import")
        .post(Entity.entity(file.getBytes(StandardCharsets.UTF_8), "application/octet-stream"));

    assertThat(created.getStatus()).isEqualTo(201);
    JsonNode body = json(created);
    assertThat(created.getLocation().getPath()).isEqualTo("/api/v1/playlists/" + body.path("playlist").path("id")
        .asText());
    assertThat(created.getHeaderString(HttpHeaders.ETAG)).matches("\"2-\\d+-o\"");
    assertThat(body.path("format").asText()).isEqualTo("jspf");
    assertThat(body.path("matched").asInt()).isEqualTo(1);
    assertThat(body.path("playlist").path("name").asText()).isEqualTo("Imported");
    assertThat(body.path("playlist").path("entryCount").asInt()).isEqualTo(1);
    assertThat(body.path("unmatched").get(0).path("number").asInt()).isEqualTo(2);
    assertThat(body.path("unmatched").get(0).path("performer").asText()).isEqualTo("Nobody");

    problem(as(owner, "/api/v1/playlists/import").post(Entity.entity("hello", MediaType.TEXT_PLAIN)), 422,
        "/problems/validation");
    long before = FAKES.stores.playlistRepository.countByOwner(owner.id());
    JsonNode notUtf8 = problem(named(owner, "%FF").post(Entity.entity(
        file.getBytes(StandardCharsets.UTF_8), "application/octet-stream")), 400, "/problems/bad-request");
    assertThat(notUtf8.path("detail").asText()).contains("UTF-8");
    assertThat(FAKES.stores.playlistRepository.countByOwner(owner.id())).as("nothing imported").isEqualTo(before);
    Response named = named(owner, "Caf%C3%A9").post(Entity.entity(
        file.getBytes(StandardCharsets.UTF_8), "application/octet-stream"));
    assertThat(json(named).path("playlist").path("name").asText()).isEqualTo("Café");
    problem(RESOURCES.target("/api/v1/playlists/import").request().post(Entity.entity(file, MediaType.TEXT_PLAIN)),
        401, "/problems/unauthorized");
  }
}
