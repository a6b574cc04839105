package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static dev.cadenza.adapters.rest.PlaylistFixtures.ADMIN_HEADER;
import static dev.cadenza.adapters.rest.PlaylistFixtures.USER_HEADER;
import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
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
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The playlists resources over the real use cases on the in-memory adapters: what only a whole round
 * trip shows (idempotent replays, entity tags that move, the library summary in a profile).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PlaylistsOverInMemoryDomainTest {

  private static final InMemoryPlaylists FAKES = new InMemoryPlaylists(Clock.systemUTC());
  private static final ResourceExtension RESOURCES = RestResources.extension(new RestPorts(FAKES.music,
      FAKES.accounts.useCases, new ListAuditEntriesService(FAKES.accounts.audit), FAKES.useCases,
      RestResources.ratings(FAKES.music), FAKES.transfers, Fixtures.mockedCovers()),
      PlaylistFixtures.settings());

  private static User user() {
    User u = aUser().build();
    FAKES.accounts.users.add(u);
    return u;
  }

  private static Song song(String title) {
    Song s = aSong().id(new SongId(java.util.UUID.randomUUID())).title(title).build();
    FAKES.songs.add(s);
    return s;
  }

  private static Invocation.Builder as(User u, String path) {
    return RESOURCES.target(path).request(MediaType.APPLICATION_JSON).header(USER_HEADER, u.id().toString());
  }

  private static Entity<String> body(String json) {
    return Entity.entity(json, MediaType.APPLICATION_JSON);
  }

  private static long playlistsOf(User u) {
    return FAKES.stores.playlistRepository.countByOwner(u.id());
  }

  @Test
  void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() {
    User ada = user();

    Response first = as(ada, "/api/v1/playlists").header("Idempotency-Key", "create-1")
        .post(body("{\"name\":\"Once\",\"visibility\":\"private\"}"));
    Response retry = as(ada, "/api/v1/playlists").header("Idempotency-Key", "create-1")
        .post(body("{ \"visibility\" : \"private\", \"name\" : \"Once\" }"));

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.getHeaderString("Idempotent-Replayed")).isNull();
    assertThat(retry.getLocation()).isEqualTo(first.getLocation());
    assertThat(retry.getHeaderString(HttpHeaders.ETAG)).isEqualTo(first.getHeaderString(HttpHeaders.ETAG));
    assertThat(json(retry)).isEqualTo(json(first));
    assertThat(playlistsOf(ada)).isEqualTo(1);
  }

  @Test
  void anEntryOrCollaboratorWriteTakesTheTagAReadOfItsOwnUrlGave() {
    User dee = user();
    User ed = user();
    Song a = song("First");
    Song b = song("Second");
    String id = json(as(dee, "/api/v1/playlists").post(body("{\"name\":\"T\",\"visibility\":\"private\"}")))
        .path("id").asText();
    JsonNode added = json(as(dee, "/api/v1/playlists/" + id + "/entries")
        .post(body("{\"songIds\":[\"" + a.id() + "\",\"" + b.id() + "\"]}")));
    String second = "/api/v1/playlists/" + id + "/entries/" + added.path("items").get(1).path("entryId").asText();
    String first = "/api/v1/playlists/" + id + "/entries/" + added.path("items").get(0).path("entryId").asText();

    String secondTag = as(dee, second).get().getHeaderString(HttpHeaders.ETAG);
    assertThat(secondTag).startsWith("\"c-");
    // the first entry goes: the second moves up, and the tag read before no longer describes it
    String firstTag = as(dee, first).get().getHeaderString(HttpHeaders.ETAG);
    assertThat(as(dee, first).header(HttpHeaders.IF_MATCH, firstTag).delete().getStatus()).isEqualTo(204);
    Response stale = as(dee, second).header(HttpHeaders.IF_MATCH, secondTag).delete();
    JsonNode problem = problem(stale, 412, "/problems/precondition-failed");
    assertThat(problem.path("current").path("position").asInt()).isZero();
    String now = stale.getHeaderString(HttpHeaders.ETAG);
    assertThat(now).isEqualTo(as(dee, second).get().getHeaderString(HttpHeaders.ETAG)).isNotEqualTo(secondTag);
    assertThat(as(dee, second).get().getStatus()).as("nothing removed").isEqualTo(200);
    assertThat(as(dee, second).header(HttpHeaders.IF_MATCH, now).delete().getStatus()).isEqualTo(204);
    // a tag of an entry that is not there any more
    assertThat(as(dee, second).header(HttpHeaders.IF_MATCH, now).delete().getStatus()).isEqualTo(412);

    String collaborator = "/api/v1/playlists/" + id + "/collaborators/" + ed.id();
    Response invited = as(dee, "/api/v1/playlists/" + id.toUpperCase(java.util.Locale.ROOT) + "/collaborators/"
        + ed.id().toString().toUpperCase(java.util.Locale.ROOT)).put(body("{\"role\":\"viewer\"}"));
    assertThat(invited.getStatus()).isEqualTo(201);
    assertThat(invited.getLocation().getPath()).as("the ids as the service writes them").isEqualTo(collaborator);
    String viewerTag = as(dee, collaborator).get().getHeaderString(HttpHeaders.ETAG);
    Response promoted = as(dee, collaborator).header(HttpHeaders.IF_MATCH, viewerTag).put(body("{\"role\":\"editor\"}"));
    assertThat(promoted.getStatus()).isEqualTo(200);
    assertThat(json(promoted).path("role").asText()).isEqualTo("editor");
    problem(as(dee, collaborator).header(HttpHeaders.IF_MATCH, viewerTag).delete(), 412,
        "/problems/precondition-failed");
    assertThat(as(dee, collaborator).get().getStatus()).as("still a collaborator").isEqualTo(200);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndKeysArePerCaller() {
    User bob = user();
    User eve = user();
    as(bob, "/api/v1/playlists").header("Idempotency-Key", "k").post(body("{\"name\":\"A\",\"visibility\":\"private\"}"));

    JsonNode reused = problem(as(bob, "/api/v1/playlists").header("Idempotency-Key", "k")
        .post(body("{\"name\":\"B\",\"visibility\":\"private\"}")), 422, "/problems/validation");
    Response someoneElse = as(eve, "/api/v1/playlists").header("Idempotency-Key", "k")
        .post(body("{\"name\":\"A\",\"visibility\":\"private\"}"));

    assertThat(reused.path("code").asText()).isEqualTo("IdempotencyKeyReused");
    assertThat(someoneElse.getStatus()).isEqualTo(201);
    assertThat(someoneElse.getHeaderString("Idempotent-Replayed")).isNull();
    assertThat(playlistsOf(bob)).isEqualTo(1);
    assertThat(playlistsOf(eve)).isEqualTo(1);
  }

  @Test
  void addingEntriesIsIdempotentAndFailuresAreNotStored() {
    User cy = user();
    Song s = song("Twice?");
    String id = json(as(cy, "/api/v1/playlists").post(body("{\"name\":\"E\",\"visibility\":\"public\"}")))
        .path("id").asText();
    String entries = "/api/v1/playlists/" + id + "/entries";

    problem(as(cy, entries).header("Idempotency-Key", "add-1")
        .post(body("{\"songIds\":[\"" + s.id() + "\"],\"position\":5}")), 422, "/problems/validation");
    Response first = as(cy, entries).header("Idempotency-Key", "add-2").post(body("{\"songIds\":[\"" + s.id() + "\"]}"));
    Response retry = as(cy, entries).header("Idempotency-Key", "add-2").post(body("{\"songIds\":[\"" + s.id() + "\"]}"));
    Response afterFailure = as(cy, entries).header("Idempotency-Key", "add-1")
        .post(body("{\"songIds\":[\"" + s.id() + "\"],\"position\":0}"));

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(json(retry).path("items").get(0).path("entryId"))
        .isEqualTo(json(first).path("items").get(0).path("entryId"));
    assertThat(afterFailure.getStatus()).isEqualTo(201);
    assertThat(json(RESOURCES.target(entries).request().get()).path("items")).hasSize(2);
  }

  @Test
  void removingAMalformedCollaboratorIdAnswersAsAnUnknownOneDoes() {
    User owner = user();
    User stranger = user();
    String path = as(owner, "/api/v1/playlists").post(body("{\"name\":\"C\",\"visibility\":\"private\"}"))
        .getLocation().getPath();
    String unknown = path + "/collaborators/" + java.util.UUID.randomUUID();
    String malformed = path + "/collaborators/xyz";

    Response byUnknown = as(owner, unknown).delete();
    Response byMalformed = as(owner, malformed).delete();

    assertThat(byUnknown.getStatus()).isEqualTo(204);
    assertThat(byMalformed.getStatus()).isEqualTo(204);
    assertThat(byMalformed.getHeaderString(HttpHeaders.ETAG)).isEqualTo(byUnknown.getHeaderString(HttpHeaders.ETAG));
    assertThat(as(stranger, unknown).delete().getStatus()).as("a private playlist stays hidden").isEqualTo(404);
    assertThat(as(stranger, malformed).delete().getStatus()).isEqualTo(404);
    assertThat(as(owner, malformed).header(HttpHeaders.IF_MATCH, "\"9\"").delete().getStatus()).isEqualTo(412);
  }

  @Test
  void entityTagsFollowEveryChangeAndAStaleOneIs412WithTheCurrentPlaylist() {
    User di = user();
    Song s = song("Tagged");
    Response created = as(di, "/api/v1/playlists").post(body("{\"name\":\"T\",\"visibility\":\"private\"}"));
    String path = created.getLocation().getPath();
    String v1 = created.getHeaderString(HttpHeaders.ETAG);

    Response added = as(di, path + "/entries").header(HttpHeaders.IF_MATCH, v1)
        .post(body("{\"songIds\":[\"" + s.id() + "\",\"" + s.id() + "\"]}"));
    String v2 = added.getHeaderString(HttpHeaders.ETAG);
    Response stale = as(di, path).header(HttpHeaders.IF_MATCH, v1).method("PATCH", body("{\"name\":\"Late\"}"));

    assertThat(v1).isEqualTo("\"1-0-o\"");
    assertThat(v2).as("an add answers the playlist's version").isEqualTo("\"2\"");
    assertThat(stale.getHeaderString(HttpHeaders.ETAG)).startsWith("\"2-").endsWith("-o\"");
    JsonNode problem = problem(stale, 412, "/problems/precondition-failed");
    assertThat(problem.path("current").path("entryCount").asInt()).isEqualTo(2);
    assertThat(problem.path("current").path("version").asInt()).isEqualTo(2);
    Response renamed = as(di, path).header(HttpHeaders.IF_MATCH, v2).method("PATCH", body("{\"name\":\"On time\"}"));
    assertThat(renamed.getStatus()).isEqualTo(200);
    assertThat(renamed.getHeaderString(HttpHeaders.ETAG)).startsWith("\"3-").endsWith("-o\"");
    assertThat(json(as(di, path + "/activity").get()).path("items").findValuesAsText("action"))
        .containsExactly("create", "add", "add", "rename");
  }

  @Test
  void aPrivateViewOfAUserCarriesTheLibrarySummary() {
    User owner = user();
    User stranger = user();
    Song s = song("Saved");
    as(owner, "/api/v1/me/library/songs/" + s.id()).put(Entity.text(""));
    as(owner, "/api/v1/playlists").post(body("{\"name\":\"Mine\",\"visibility\":\"private\"}"));
    String profile = "/api/v1/users/" + owner.id();

    JsonNode own = json(as(owner, profile).get());
    JsonNode admin = json(as(stranger, profile).header(ADMIN_HEADER, "yes").get());
    JsonNode other = json(as(stranger, profile).get());

    assertThat(own.path("library").path("savedSongs").asInt()).isEqualTo(1);
    assertThat(own.path("library").path("listenedSongs").asInt()).isZero();
    assertThat(own.path("library").path("playlists").asInt()).isEqualTo(1);
    assertThat(admin.path("library").path("savedSongs").asInt()).isEqualTo(1);
    assertThat(other.has("library")).isFalse();
    problem(as(stranger, profile + "/library").get(), 404, "/problems/not-found");
    assertThat(json(as(owner, profile + "/library").get()).path("items")).hasSize(1);
  }

  @Test
  void markingASavedSongTakesIfMatchOfItsOwnTag() {
    User fay = user();
    Song s = song("Tagged");
    String saved = "/api/v1/me/library/songs/" + s.id();
    Response created = as(fay, saved).put(Entity.text(""));
    String tag = as(fay, saved).get().getHeaderString(HttpHeaders.ETAG);
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getHeaderString(HttpHeaders.ETAG)).as("the save's tag is the read's").isEqualTo(tag);
    assertThat(created.getLocation().getPath()).isEqualTo(saved);
    Response again = as(fay, saved).put(Entity.text(""));
    assertThat(again.getStatus()).isEqualTo(200);
    Song other = song("Shouted");
    Response shouted = as(fay, "/api/v1/me/library/songs/" + other.id().toString().toUpperCase(java.util.Locale.ROOT))
        .put(Entity.text(""));
    assertThat(shouted.getStatus()).isEqualTo(201);
    assertThat(shouted.getLocation().getPath()).isEqualTo("/api/v1/me/library/songs/" + other.id());
    assertThat(again.getHeaderString(HttpHeaders.ETAG)).isEqualTo(tag);
    Entity<String> listened = Entity.entity("{\"listened\":true}", "application/merge-patch+json");

    JsonNode refused = problem(as(fay, saved).header(HttpHeaders.IF_MATCH, "\"c-other\"").method("PATCH", listened),
        412, "/problems/precondition-failed");
    assertThat(refused.path("current").path("listened").asBoolean()).isFalse();
    assertThat(json(as(fay, saved).get()).path("listened").asBoolean()).as("nothing changed").isFalse();

    Response marked = as(fay, saved).header(HttpHeaders.IF_MATCH, tag).method("PATCH", listened);
    assertThat(marked.getStatus()).isEqualTo(200);
    assertThat(marked.getHeaderString(HttpHeaders.ETAG)).isNotEqualTo(tag)
        .isEqualTo(as(fay, saved).get().getHeaderString(HttpHeaders.ETAG));
    assertThat(json(marked).path("listened").asBoolean()).isTrue();
    // the tag read before the change no longer holds
    problem(as(fay, saved).header(HttpHeaders.IF_MATCH, tag).method("PATCH",
        Entity.entity("{\"listened\":false}", "application/merge-patch+json")), 412, "/problems/precondition-failed");
    assertThat(as(fay, saved).header(HttpHeaders.IF_MATCH, "*").method("PATCH",
        Entity.entity("{\"listened\":false}", "application/merge-patch+json")).getStatus()).isEqualTo(200);
  }
}
