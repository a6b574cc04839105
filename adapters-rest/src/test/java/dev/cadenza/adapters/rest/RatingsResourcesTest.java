package dev.cadenza.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import dev.cadenza.testing.inmemory.InMemoryRatings;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ratings, likes and charts resources over the in-memory domain, as a client sees them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RatingsResourcesTest {

  private static final String USER = "X-Test-User";
  private static final InMemoryCatalog CATALOG = InMemoryCatalog.open(Clock.systemUTC());
  private static final InMemoryRatings RATINGS = new InMemoryRatings(CATALOG, Clock.systemUTC(), 3);
  private static final ResourceExtension RESOURCES = RestResources.extension(ports(),
      new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, RatingsResourcesTest::caller, "test"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RestPorts ports() {
    RestPorts base = RestResources.ports(CATALOG.useCases);
    return new RestPorts(base.music(), base.users(), base.audit(), base.playlists(), RATINGS.useCases,
        base.transfers(), base.covers());
  }

  private static Actor caller(ContainerRequestContext request) {
    String user = request.getHeaderString(USER);
    return user == null ? Actor.anonymous() : Actor.user(new UserId(UUID.fromString(user)), Set.of(Role.USER));
  }

  private static String song() {
    return CATALOG.useCases.createSong().createSong(new CreateSongCommand(Actor.system(),
        new SongDetails("So What " + UUID.randomUUID(), "Miles Davis", "Jazz", 1959, 562, null))).id().toString();
  }

  private static String album() {
    return CATALOG.useCases.createAlbum().createAlbum(new CreateAlbumCommand(Actor.system(),
        new AlbumDetails("Kind of Blue", "Miles Davis", 1959))).album().id().toString();
  }

  private static Invocation.Builder as(String user, String path) {
    int query = path.indexOf('?');
    var target = RESOURCES.target(query < 0 ? path : path.substring(0, query));
    if (query >= 0) {
      for (String pair : path.substring(query + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        target = target.queryParam(kv[0], kv[1]);
      }
    }
    Invocation.Builder b = target.request(MediaType.APPLICATION_JSON);
    return user == null ? b : b.header(USER, user);
  }

  private static Response post(String user, String path, String body) {
    return as(user, path).post(Entity.entity(body, MediaType.APPLICATION_JSON));
  }

  private static JsonNode json(Response response) {
    try {
      return JSON.readTree(response.readEntity(String.class));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String someone() {
    return UUID.randomUUID().toString();
  }

  @Test
  void aRatingIsCreatedWithItsLocationAndShowsInTheSong() {
    String song = song();
    String ada = someone();

    Response created = post(ada, "/api/v1/songs/" + song + "/ratings", "{\"score\":9,\"comment\":\" Timeless \"}");

    assertThat(created.getStatus()).isEqualTo(201);
    JsonNode rating = json(created);
    assertThat(created.getLocation().getPath()).isEqualTo("/api/v1/songs/" + song + "/ratings/" + rating.get("id").asText());
    assertThat(created.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"1\"");
    assertThat(rating.get("score").asInt()).isEqualTo(9);
    assertThat(rating.get("comment").asText()).isEqualTo("Timeless");
    assertThat(rating.get("itemType").asText()).isEqualTo("song");
    assertThat(rating.get("authorId").asText()).isEqualTo(ada);

    JsonNode shown = json(as(null, "/api/v1/songs/" + song).get());
    assertThat(shown.path("rating").path("average").decimalValue()).isEqualByComparingTo("9.00");
    assertThat(shown.path("rating").path("count").asLong()).isEqualTo(1);
    assertThat(shown.path("likes").asLong()).isZero();
    assertThat(shown.has("likedByMe")).isFalse();
    assertThat(json(as(null, "/api/v1/songs/" + song + "/ratings").get()).path("items")).hasSize(1);
  }

  @Test
  void aSecondRatingIsAConflictPointingAtTheFirst() {
    String album = album();
    String ada = someone();
    String first = post(ada, "/api/v1/albums/" + album + "/ratings", "{\"score\":4}").getLocation().getPath();

    Response again = post(ada, "/api/v1/albums/" + album + "/ratings", "{\"score\":5}");

    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(again.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(again.getHeaderString(HttpHeaders.LOCATION)).endsWith(first);
    assertThat(json(again).path("code").asText()).isEqualTo("DuplicateRating");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"score\":0}", "{\"score\":11}", "{\"score\":7.5}", "{\"score\":\"7\"}", "{}",
      "{\"score\":true}", "{\"score\":5,\"stars\":5}", "{\"score\":null}"})
  void aScoreOutOfRangeOrNotAnIntegerIs422(String body) {
    Response response = post(someone(), "/api/v1/songs/" + song() + "/ratings", body);

    assertThat(response.getStatus()).as(body).isEqualTo(422);
    assertThat(json(response).path("errors")).isNotEmpty();
  }

  @Test
  void anIntegralDecimalIsAnInteger() {
    assertThat(post(someone(), "/api/v1/songs/" + song() + "/ratings", "{\"score\":7.0}").getStatus()).isEqualTo(201);
  }

  @Test
  void aCommentThatIsNotAStringIsAWrongJsonType400() {
    for (String comment : new String[] {"123", "true", "[]", "{}"}) {
      Response response = post(someone(), "/api/v1/songs/" + song() + "/ratings",
          "{\"score\":7,\"comment\":" + comment + "}");
      assertThat(response.getStatus()).as(comment).isEqualTo(400);
      assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("comment");
    }
    assertThat(post(someone(), "/api/v1/songs/" + song() + "/ratings", "{\"score\":7,\"comment\":null}")
        .getStatus()).isEqualTo(201);
  }

  @Test
  void unknownOrMalformedItemsAre404AndAnonymousCallersAre401() {
    String unknown = UUID.randomUUID().toString();
    assertThat(post(someone(), "/api/v1/songs/" + unknown + "/ratings", "{\"score\":5}").getStatus()).isEqualTo(404);
    assertThat(post(someone(), "/api/v1/albums/nope/ratings", "{\"score\":5}").getStatus()).isEqualTo(404);
    assertThat(as(someone(), "/api/v1/songs/" + unknown + "/likes/me").put(Entity.json("")).getStatus())
        .isEqualTo(404);
    assertThat(post(null, "/api/v1/songs/" + song() + "/ratings", "{\"score\":5}").getStatus()).isEqualTo(401);
  }

  @Test
  void onlyTheAuthorChangesOrDeletesARating() {
    String song = song();
    String ada = someone();
    String path = post(ada, "/api/v1/songs/" + song + "/ratings", "{\"score\":6}").getLocation().getPath();

    Response bob = as(someone(), path).method("PATCH", Entity.entity("{\"score\":1}", "application/merge-patch+json"));
    assertThat(bob.getStatus()).isEqualTo(403);
    assertThat(as(someone(), path).delete().getStatus()).isEqualTo(403);

    Response mine = as(ada, path).header(HttpHeaders.IF_MATCH, "\"1\"")
        .method("PATCH", Entity.entity("{\"score\":8,\"comment\":null}", "application/merge-patch+json"));
    assertThat(mine.getStatus()).isEqualTo(200);
    assertThat(json(mine).path("score").asInt()).isEqualTo(8);
    assertThat(as(ada, path).header(HttpHeaders.IF_MATCH, "\"1\"").delete().getStatus()).isEqualTo(412);
    assertThat(json(as(null, "/api/v1/songs/" + song).get()).path("rating").path("count").asLong()).isEqualTo(1);
    assertThat(as(ada, path).delete().getStatus()).isEqualTo(204);
    assertThat(as(null, path).get().getStatus()).isEqualTo(404);
    assertThat(json(as(null, "/api/v1/songs/" + song).get()).path("rating").path("average").isNull()).isTrue();
  }

  @Test
  void likesAreIdempotentPublicAndPersonal() {
    String song = song();
    String ada = someone();

    Response liked = as(ada, "/api/v1/songs/" + song + "/likes/me").put(Entity.json(""));
    Response again = as(ada, "/api/v1/songs/" + song + "/likes/me").put(Entity.json(""));

    assertThat(liked.getStatus()).isEqualTo(200);
    JsonNode answer = json(again);
    assertThat(answer.path("count").asLong()).isEqualTo(1);
    assertThat(answer.path("likedByMe").asBoolean()).isTrue();
    Response anonymous = as(null, "/api/v1/songs/" + song + "/likes").get();
    assertThat(anonymous.getHeaderString(DataSourceHeader.HEADER)).isEqualTo("database");
    JsonNode counted = json(anonymous);
    assertThat(counted.path("count").asLong()).isEqualTo(1);
    assertThat(counted.has("likedByMe")).isFalse();
    assertThat(json(as(ada, "/api/v1/songs/" + song).get()).path("likedByMe").asBoolean()).isTrue();
    assertThat(json(as(ada, "/api/v1/songs/" + song).get()).path("rating").path("count").asLong()).isZero();

    assertThat(as(ada, "/api/v1/songs/" + song + "/likes/me").delete().getStatus()).isEqualTo(204);
    assertThat(as(ada, "/api/v1/songs/" + song + "/likes/me").delete().getStatus()).isEqualTo(204);
    assertThat(json(as(ada, "/api/v1/songs/" + song + "/likes").get()).path("likedByMe").asBoolean()).isFalse();
  }

  @Test
  void theEntityTagOfASongMovesWithItsFigures() {
    String song = song();
    String before = as(null, "/api/v1/songs/" + song).get().getHeaderString(HttpHeaders.ETAG);
    as(someone(), "/api/v1/songs/" + song + "/likes/me").put(Entity.json(""));

    Response after = as(null, "/api/v1/songs/" + song).header(HttpHeaders.IF_NONE_MATCH, before).get();

    assertThat(after.getStatus()).isEqualTo(200);
    assertThat(after.getHeaderString(HttpHeaders.ETAG)).isNotEqualTo(before).startsWith("\"1-");
  }

  @Test
  void chartsRankWithTheScoreBehindEachRank() {
    String best = song();
    String good = song();
    for (int i = 0; i < 3; i++) {
      post(someone(), "/api/v1/songs/" + best + "/ratings", "{\"score\":10}");
      post(someone(), "/api/v1/songs/" + good + "/ratings", "{\"score\":8}");
    }

    Response response = as(null, "/api/v1/charts/songs?by=rating&limit=100").get();

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode chart = json(response);
    assertThat(chart.path("type").asText()).isEqualTo("songs");
    assertThat(chart.path("minimumRatings").asInt()).isEqualTo(3);
    JsonNode first = chart.path("items").get(0);
    assertThat(first.path("rank").asInt()).isEqualTo(1);
    assertThat(first.path("id").asText()).isEqualTo(best);
    assertThat(first.path("score").decimalValue()).isEqualByComparingTo("10");
    assertThat(first.path("title").asText()).startsWith("So What");
    Response byLikes = as(null, "/api/v1/charts/albums?by=likes").get();
    assertThat(byLikes.getStatus()).isEqualTo(200);
    assertThat(json(byLikes).has("minimumRatings")).as("the minimum is for charts by rating").isFalse();
    assertThat(as(null, "/api/v1/charts/songs?by=stars").get().getStatus()).isEqualTo(400);
    assertThat(as(null, "/api/v1/charts/songs?limit=101").get().getStatus()).isEqualTo(422);
    assertThat(as(null, "/api/v1/charts/songs?limit=99999999999").get().getStatus()).as("beyond an int too")
        .isEqualTo(422);
    assertThat(as(null, "/api/v1/charts/songs?limit=-99999999999").get().getStatus()).isEqualTo(422);
    assertThat(as(null, "/api/v1/charts/playlists").get().getStatus()).isEqualTo(404);
  }

  @Test
  void theCatalogSortsByRating() {
    String rated = song();
    for (int i = 0; i < 5; i++) {
      post(someone(), "/api/v1/songs/" + rated + "/ratings", "{\"score\":10}");
    }

    JsonNode page = json(as(null, "/api/v1/songs?sort=rating&limit=1").get());

    assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(rated);
    assertThat(page.path("page").path("next").asText()).isNotEmpty();
  }
}
