package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Fixtures.SONG_ID;
import static dev.cadenza.adapters.rest.Fixtures.song;
import static dev.cadenza.adapters.rest.Fixtures.songId;
import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.problem.Problems;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.shared.model.AccessDeniedException;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.ValidationException;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

@ExtendWith(DropwizardExtensionsSupport.class)
class SongResourceTest {

  private static final MusicCatalog MUSIC = Fixtures.mockedCatalog();
  private static final ResourceExtension RESOURCES = RestResources.extension(MUSIC);
  private static final String SONGS = "/api/v1/songs";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  @BeforeEach
  void resetMocks() {
    reset(MUSIC.createSong(), MUSIC.getSong(), MUSIC.updateSong(), MUSIC.deleteSong(), MUSIC.searchSongs());
  }

  private static Invocation.Builder songs(String path) {
    return RESOURCES.target(SONGS + path).request(MediaType.APPLICATION_JSON);
  }

  private static Entity<String> jsonBody(String json) {
    return Entity.entity(json, MediaType.APPLICATION_JSON);
  }

  private static final String VALID = """
      {"title":"So What","performer":"Miles Davis","genre":"Jazz","year":1959,"durationSeconds":562,
       "albumId":"%s"}""".formatted(Fixtures.ALBUM_ID);

  @Nested
  class Search {

    @Test
    void defaultsToTheFirstPageOfTwentyByTitle() {
      when(MUSIC.searchSongs().searchSongs(any())).thenReturn(new Page<>(List.of(song(3)), Optional.empty(),
          OptionalLong.empty()));

      Response response = songs("").get();

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getMediaType().toString()).startsWith(MediaType.APPLICATION_JSON);
      assertThat(response.getHeaderString(HttpHeaders.VARY)).as("likedByMe depends on the caller")
          .isEqualTo("Authorization, X-API-Key, Accept-Encoding");
      JsonNode body = json(response);
      assertThat(body.path("items")).hasSize(1);
      assertThat(body.path("items").get(0).path("id").asText()).isEqualTo(SONG_ID);
      assertThat(body.path("page").path("limit").asInt()).isEqualTo(20);
      assertThat(body.path("page").has("next")).isTrue();
      assertThat(body.path("page").path("next").isNull()).isTrue();
      assertThat(body.path("page").has("total")).isFalse();
      ArgumentCaptor<SearchSongsQuery> query = ArgumentCaptor.forClass(SearchSongsQuery.class);
      verify(MUSIC.searchSongs()).searchSongs(query.capture());
      assertThat(query.getValue().filter()).isEqualTo(SongFilter.all());
      assertThat(query.getValue().sort()).isEqualTo(CatalogSort.TITLE);
      assertThat(query.getValue().page().limit()).isEqualTo(20);
      assertThat(query.getValue().page().cursor()).isEmpty();
      assertThat(query.getValue().page().includeTotal()).isFalse();
    }

    @Test
    void passesEveryFilterAndPagingParameter() {
      Cursor cursor = Cursor.of("year", "1959", SONG_ID);
      Cursor next = Cursor.of("year", "1960", UUID.randomUUID().toString());
      when(MUSIC.searchSongs().searchSongs(any())).thenReturn(new Page<>(List.of(song(1)), Optional.of(next),
          OptionalLong.of(41)));

      Response response = RESOURCES.target(SONGS)
          .queryParam("q", "miles").queryParam("title", "so").queryParam("performer", "davis")
          .queryParam("genre", "jazz").queryParam("year", "1959").queryParam("albumId", Fixtures.ALBUM_ID)
          .queryParam("sort", "year").queryParam("limit", "5").queryParam("cursor", cursor.token())
          .queryParam("includeTotal", "true")
          .request().get();

      assertThat(response.getStatus()).isEqualTo(200);
      JsonNode page = json(response).path("page");
      assertThat(page.path("limit").asInt()).isEqualTo(5);
      assertThat(page.path("next").asText()).isEqualTo(next.token());
      assertThat(page.path("total").asLong()).isEqualTo(41);
      ArgumentCaptor<SearchSongsQuery> query = ArgumentCaptor.forClass(SearchSongsQuery.class);
      verify(MUSIC.searchSongs()).searchSongs(query.capture());
      assertThat(query.getValue().filter())
          .isEqualTo(new SongFilter("miles", "so", "davis", "jazz", 1959, Fixtures.albumId()));
      assertThat(query.getValue().sort()).isEqualTo(CatalogSort.YEAR);
      assertThat(query.getValue().page().limit()).isEqualTo(5);
      assertThat(query.getValue().page().cursor()).contains(cursor);
      assertThat(query.getValue().page().includeTotal()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "limit, abc", "limit, 2.5", "year, abc", "sort, popular", "includeTotal, yes", "albumId, not-an-id"})
    void answers400NamingAParameterOfTheWrongSyntax(String parameter, String value) {
      Response response = RESOURCES.target(SONGS).queryParam(parameter, value).request().get();

      JsonNode problem = problem(response, 400, "/problems/bad-request");
      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(parameter);
      verifyNoInteractions(MUSIC.searchSongs());
    }

    @Test
    void answers422ForAnIntegerParameterBeyondAnyYear() {
      Response response = RESOURCES.target(SONGS).queryParam("year", "99999999999").request().get();

      JsonNode problem = problem(response, 422, "/problems/validation");
      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("year");
      assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("is out of range");
      verifyNoInteractions(MUSIC.searchSongs());
    }

    @Test
    void answers400ForACursorItDidNotIssue() {
      Response response = RESOURCES.target(SONGS).queryParam("cursor", "not a cursor!").request().get();

      JsonNode problem = problem(response, 400, "/problems/bad-request");
      assertThat(problem.path("code").asText()).isEqualTo("InvalidCursor");
      verifyNoInteractions(MUSIC.searchSongs());
    }

    @Test
    void answers400WhenTheUseCaseRefusesTheCursorForThisOrder() {
      when(MUSIC.searchSongs().searchSongs(any())).thenThrow(new InvalidCursorException());

      Response response = RESOURCES.target(SONGS).queryParam("cursor", Cursor.of("title", "a", SONG_ID).token())
          .queryParam("sort", "recent").request().get();

      assertThat(problem(response, 400, "/problems/bad-request").path("code").asText()).isEqualTo("InvalidCursor");
    }

    @ParameterizedTest
    @CsvSource({"0", "101", "-3", "100000000000000"})
    void answers422ForALimitOutOfRange(String limit) {
      Response response = RESOURCES.target(SONGS).queryParam("limit", limit).request().get();

      JsonNode problem = problem(response, 422, "/problems/validation");
      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("limit");
      assertThat(problem.path("code").asText()).isEqualTo("Validation");
      verifyNoInteractions(MUSIC.searchSongs());
    }

    @Test
    void reportsEveryInvalidParameterAtOnce() {
      Response response = RESOURCES.target(SONGS).queryParam("limit", "0").queryParam("q", "x".repeat(201))
          .request().get();

      JsonNode problem = problem(response, 422, "/problems/validation");
      assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("q", "limit");
    }
  }

  @Nested
  class Get {

    @Test
    void answersTheSongWithItsVersionAsStrongEtag() {
      when(MUSIC.getSong().getSong(songId())).thenReturn(Fixtures.songOnAlbum(3));

      Response response = songs("/" + SONG_ID).get();

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"3-r0x0l0\"");
      JsonNode body = json(response);
      assertThat(body.path("id").asText()).isEqualTo(SONG_ID);
      assertThat(body.path("title").asText()).isEqualTo("So What");
      assertThat(body.path("performer").asText()).isEqualTo("Miles Davis");
      assertThat(body.path("genre").asText()).isEqualTo("Jazz");
      assertThat(body.path("year").asInt()).isEqualTo(1959);
      assertThat(body.path("durationSeconds").asInt()).isEqualTo(562);
      assertThat(body.path("albumId").asText()).isEqualTo(Fixtures.ALBUM_ID);
      assertThat(body.path("version").asLong()).isEqualTo(3);
      assertThat(body.path("createdAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
      assertThat(body.path("updatedAt").asText()).isEqualTo("2026-01-03T04:05:06Z");
    }

    @Test
    void showsMissingOptionalValuesAsNull() {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(1));

      JsonNode body = json(songs("/" + SONG_ID).get());

      assertThat(body.has("durationSeconds")).isTrue();
      assertThat(body.path("durationSeconds").isNull()).isTrue();
      assertThat(body.has("albumId")).isTrue();
      assertThat(body.path("albumId").isNull()).isTrue();
    }

    @Test
    void answers404ForAnUnknownSong() {
      when(MUSIC.getSong().getSong(songId())).thenThrow(new NotFoundException("Song", SONG_ID));

      JsonNode problem = problem(songs("/" + SONG_ID).get(), 404, "/problems/not-found");

      assertThat(problem.path("code").asText()).isEqualTo("SongNotFound");
    }

    @Test
    void answersTheSame404ForAMalformedId() {
      JsonNode problem = problem(songs("/not-a-uuid").get(), 404, "/problems/not-found");

      assertThat(problem.path("code").asText()).isEqualTo("SongNotFound");
      verifyNoInteractions(MUSIC.getSong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"3-r0x0l0\"", "W/\"3-r0x0l0\"", "\"1\", \"3-r0x0l0\"", "*"})
    void answers304WhenIfNoneMatchMatches(String ifNoneMatch) {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(3));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch).get();

      assertThat(response.getStatus()).isEqualTo(304);
      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"3-r0x0l0\"");
      assertThat(response.hasEntity()).isFalse();
    }

    @Test
    void answersTheSongWhenIfNoneMatchNamesAnOldVersion() {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(3));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_NONE_MATCH, "\"2\"").get();

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(json(response).path("version").asLong()).isEqualTo(3);
    }
  }

  @Nested
  class Create {

    @Test
    void answers201WithLocationEtagAndTheSong() {
      when(MUSIC.createSong().createSong(any())).thenReturn(Fixtures.songOnAlbum(1));

      Response response = songs("").post(jsonBody(VALID));

      assertThat(response.getStatus()).isEqualTo(201);
      assertThat(response.getLocation().getPath()).isEqualTo(SONGS + "/" + SONG_ID);
      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"1-r0x0l0\"");
      assertThat(json(response).path("id").asText()).isEqualTo(SONG_ID);
      ArgumentCaptor<CreateSongCommand> command = ArgumentCaptor.forClass(CreateSongCommand.class);
      verify(MUSIC.createSong()).createSong(command.capture());
      assertThat(command.getValue().details())
          .isEqualTo(new SongDetails("So What", "Miles Davis", "Jazz", 1959, 562, Fixtures.albumId()));
      assertThat(command.getValue().actor()).isEqualTo(Actor.anonymous());
    }

    @Test
    void takesAWholeNumberWrittenWithAFractionOrAnExponentAsTheInteger() {
      when(MUSIC.createSong().createSong(any())).thenReturn(Fixtures.songOnAlbum(1));
      String body = VALID.replace("1959", "1959.0").replace("562", "5.62e2");

      Response response = songs("").post(jsonBody(body));

      assertThat(response.getStatus()).isEqualTo(201);
      ArgumentCaptor<CreateSongCommand> command = ArgumentCaptor.forClass(CreateSongCommand.class);
      verify(MUSIC.createSong()).createSong(command.capture());
      assertThat(command.getValue().details().year()).isEqualTo(1959);
      assertThat(command.getValue().details().durationSeconds()).isEqualTo(562);
    }

    @ParameterizedTest
    @CsvSource({"1959.5", "1.9595e3", "19595e-1"})
    void answers400ForANumberWithAFractionalPart(String year) {
      JsonNode problem = problem(songs("").post(jsonBody(VALID.replace("1959", year))), 400,
          "/problems/bad-request");

      assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("year");
      assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("must be an integer");
      verifyNoInteractions(MUSIC.createSong());
    }

    @Test
    void answers422WithEveryMissingField() {
      JsonNode problem = problem(songs("").post(jsonBody("{}")), 422, "/problems/validation");

      assertThat(problem.path("code").asText()).isEqualTo("Validation");
      assertThat(problem.path("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("title", "performer", "genre", "year");
      assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
      verifyNoInteractions(MUSIC.createSong());
    }

    @Test
    void reportsAMalformedAlbumIdWithTheOtherInvalidValues() {
      String body = """
          {"title":" ","performer":"Miles Davis","genre":"Jazz","year":1959,"albumId":"nope"}""";

      JsonNode problem = problem(songs("").post(jsonBody(body)), 422, "/problems/validation");

      assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("title", "albumId");
    }

    @Test
    void answers422WhenTheDomainRefusesTheAlbum() {
      when(MUSIC.createSong().createSong(any())).thenThrow(ValidationException.of("albumId", "no album has this id"));

      JsonNode problem = problem(songs("").post(jsonBody(VALID)), 422, "/problems/validation");

      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("albumId");
      assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("no album has this id");
    }

    @Test
    void answers422NamingEveryUnknownOrReadOnlyProperty() {
      String body = """
          {"title":"So What","performer":"Miles Davis","genre":"Jazz","year":1959,"stars":5,"id":"x"}""";

      JsonNode problem = problem(songs("").post(jsonBody(body)), 422, "/problems/validation");

      assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("stars", "id");
      assertThat(problem.path("errors").findValuesAsText("message"))
          .anySatisfy(m -> assertThat(m).contains("not a known property"))
          .anySatisfy(m -> assertThat(m).contains("read-only"));
      assertThat(problem.path("code").asText()).isEqualTo("Validation");
      verifyNoInteractions(MUSIC.createSong());
    }

    @Test
    void answers400NamingEveryPropertyOfTheWrongJsonType() {
      String body = """
          {"title":5,"performer":true,"genre":[],"year":"x","durationSeconds":2.5}""";

      JsonNode problem = problem(songs("").post(jsonBody(body)), 400, "/problems/bad-request");

      assertThat(problem.path("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("title", "performer", "genre", "year", "durationSeconds");
      assertThat(problem.path("errors").findValuesAsText("message"))
          .contains("must be a string", "must be an integer");
      assertThat(problem.path("detail").asText()).contains("title: must be a string").contains("year: must be an integer");
      verifyNoInteractions(MUSIC.createSong());
    }

    @Test
    void answers400ForMalformedJson() {
      JsonNode problem = problem(songs("").post(jsonBody("{\"title\": ")), 400, "/problems/malformed-json");

      assertThat(problem.has("code")).isFalse();
      assertThat(problem.path("detail").asText()).contains("line 1").doesNotContain("Source");
      verifyNoInteractions(MUSIC.createSong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"year\": NaN}", "{'title': 1}", "{\"year\": 0x7}"})
    void malformedJsonIsExplainedWithoutJacksonsSettings(String body) {
      JsonNode problem = problem(songs("").post(jsonBody(body)), 400, "/problems/malformed-json");

      assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Feature").doesNotContain("enable");
      verifyNoInteractions(MUSIC.createSong());
    }

    @Test
    void answers400ForAnEmptyBody() {
      problem(songs("").post(jsonBody("")), 400, "/problems/malformed-json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1, 2]", "\"a song\"", "42", "null"})
    void answers400ForABodyThatIsNotAnObject(String body) {
      JsonNode problem = problem(songs("").post(jsonBody(body)), 400, "/problems/bad-request");

      assertThat(problem.path("errors").get(0).path("message").asText()).contains("JSON object");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "year|\"1959\"|must be an integer",
        "year|1959.5|must be an integer",
        "year|true|must be an integer",
        "title|5|must be a string",
        "title|{\"a\":1}|must be a string",
        "durationSeconds|[1]|must be an integer"})
    void answers400NamingAFieldOfTheWrongJsonType(String field, String value, String message) throws Exception {
      com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode)
          Http.JSON.readTree(VALID);
      node.set(field, Http.JSON.readTree(value));
      String body = node.toString();

      JsonNode problem = problem(songs("").post(jsonBody(body)), 400, "/problems/bad-request");

      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
      assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo(message);
      verifyNoInteractions(MUSIC.createSong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"year|99999999999", "durationSeconds|3000000000", "year|-99999999999",
        "year|99999999999.0", "durationSeconds|3e9"})
    void answers422ForANumberNoFieldCanHold(String field, String value) throws Exception {
      com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode)
          Http.JSON.readTree(VALID);
      node.set(field, Http.JSON.readTree(value));

      JsonNode problem = problem(songs("").post(jsonBody(node.toString())), 422, "/problems/validation");

      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
      assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("is out of range");
      verifyNoInteractions(MUSIC.createSong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"application/json;q=0", "*/*;q=0", "text/html, application/json;q=0"})
    void answers406WhenAcceptGivesJsonAQualityOfZeroAndCreatesNothing(String accept) {
      Response response = RESOURCES.target(SONGS).request().header(HttpHeaders.ACCEPT, accept).post(jsonBody(VALID));

      JsonNode problem = problem(response, 406, "/problems/not-acceptable");
      assertThat(problem.path("detail").asText()).contains("Accept");
      verifyNoInteractions(MUSIC.createSong());
      assertThat(RESOURCES.target(SONGS).request().header(HttpHeaders.ACCEPT, accept).get().getStatus())
          .isEqualTo(406);
      verifyNoInteractions(MUSIC.searchSongs());
    }

    @Test
    void answers415ForAnotherContentType() {
      JsonNode problem = problem(songs("").post(Entity.entity("title=So+What", MediaType.APPLICATION_FORM_URLENCODED)),
          415, "/problems/unsupported-media-type");

      assertThat(problem.path("detail").asText()).contains("application/x-www-form-urlencoded");
    }

    @Test
    void answers415ForMergePatchOnPost() {
      problem(songs("").post(Entity.entity(VALID, MERGE_PATCH)), 415, "/problems/unsupported-media-type");
    }

    @Test
    void answers406WhenAcceptExcludesJson() {
      Response response = RESOURCES.target(SONGS).request(MediaType.TEXT_HTML).post(jsonBody(VALID));

      problem(response, 406, "/problems/not-acceptable");
      verifyNoInteractions(MUSIC.createSong());
    }
  }

  @Nested
  class Replace {

    @Test
    void replacesEveryValueAtTheVersionIfMatchNames() {
      when(MUSIC.updateSong().updateSong(any())).thenReturn(song(4));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"3\"")
          .put(jsonBody("{\"title\":\"So What\",\"performer\":\"Miles Davis\",\"genre\":\"Jazz\",\"year\":1959}"));

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4-r0x0l0\"");
      assertThat(json(response).path("version").asLong()).isEqualTo(4);
      ArgumentCaptor<UpdateSongCommand> command = ArgumentCaptor.forClass(UpdateSongCommand.class);
      verify(MUSIC.updateSong()).updateSong(command.capture());
      assertThat(command.getValue().id()).isEqualTo(songId());
      assertThat(command.getValue().expectedVersion()).hasValue(3);
      assertThat(command.getValue().changes())
          .isEqualTo(SongChanges.replaceWith("So What", "Miles Davis", "Jazz", 1959, null, null));
      verifyNoInteractions(MUSIC.getSong());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "*"})
    void withoutAVersionWhenIfMatchIsAbsentOrAny(String ifMatch) {
      when(MUSIC.updateSong().updateSong(any())).thenReturn(song(4));

      Invocation.Builder request = songs("/" + SONG_ID);
      if (ifMatch != null) {
        request = request.header(HttpHeaders.IF_MATCH, ifMatch);
      }
      assertThat(request.put(jsonBody(VALID)).getStatus()).isEqualTo(200);

      ArgumentCaptor<UpdateSongCommand> command = ArgumentCaptor.forClass(UpdateSongCommand.class);
      verify(MUSIC.updateSong()).updateSong(command.capture());
      assertThat(command.getValue().expectedVersion()).isEmpty();
    }

    @Test
    void answers412WithTheCurrentSongWhenTheDomainFindsAnotherVersion() {
      Song current = song(5);
      when(MUSIC.updateSong().updateSong(any()))
          .thenThrow(new PreconditionFailedException("Song", 3, 5, current));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"3\"").put(jsonBody(VALID));

      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"5-r0x0l0\"");
      JsonNode problem = problem(response, 412, "/problems/precondition-failed");
      assertThat(problem.path("code").asText()).isEqualTo("StaleVersion");
      assertThat(problem.path("current").path("id").asText()).isEqualTo(SONG_ID);
      assertThat(problem.path("current").path("version").asLong()).isEqualTo(5);
      assertThat(problem.path("current").has("albumId")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"abc\"", "W/\"3\"", "3", "\"3-1\""})
    void answers412WithTheCurrentSongForAnIfMatchThatIsNotOneOfOurTags(String ifMatch) {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(3));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, ifMatch).put(jsonBody(VALID));

      JsonNode problem = problem(response, 412, "/problems/precondition-failed");
      assertThat(problem.path("current").path("version").asLong()).isEqualTo(3);
      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"3-r0x0l0\"");
      verify(MUSIC.updateSong(), never()).updateSong(any());
    }

    @Test
    void anIfMatchOfOtherThanShortPrintableAsciiIsNotRepeatedInTheProblem() {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(3));

      JsonNode accented = problem(songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"\u00e9\"").put(jsonBody(VALID)),
          412, "/problems/precondition-failed");
      JsonNode longTag = problem(songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"" + "7".repeat(300) + "\"")
          .put(jsonBody(VALID)), 412, "/problems/precondition-failed");
      JsonNode plain = problem(songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"abc\"").put(jsonBody(VALID)),
          412, "/problems/precondition-failed");

      assertThat(accented.path("detail").asText()).startsWith("The If-Match header does not match").doesNotContain("\u00c3");
      assertThat(longTag.path("detail").asText()).startsWith("The If-Match header does not match");
      assertThat(plain.path("detail").asText()).startsWith("If-Match \"abc\" does not match");
      verify(MUSIC.updateSong(), never()).updateSong(any());
    }

    @Test
    void acceptsAListOfTagsThatIncludesTheCurrentOne() {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(3));
      when(MUSIC.updateSong().updateSong(any())).thenReturn(song(4));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"2\", \"3\"").put(jsonBody(VALID));

      assertThat(response.getStatus()).isEqualTo(200);
      ArgumentCaptor<UpdateSongCommand> command = ArgumentCaptor.forClass(UpdateSongCommand.class);
      verify(MUSIC.updateSong()).updateSong(command.capture());
      assertThat(command.getValue().expectedVersion()).hasValue(3);
    }

    @Test
    void answers404ForAMalformedIdBeforeValidatingTheBody() {
      problem(songs("/nope").put(jsonBody("{}")), 404, "/problems/not-found");
    }

    @Test
    void answers404WhenTheSongDoesNotExist() {
      when(MUSIC.updateSong().updateSong(any())).thenThrow(new NotFoundException("Song", SONG_ID));

      assertThat(problem(songs("/" + SONG_ID).put(jsonBody(VALID)), 404, "/problems/not-found")
          .path("code").asText()).isEqualTo("SongNotFound");
    }
  }

  @Nested
  class Patch {

    @ParameterizedTest
    @CsvSource({MERGE_PATCH, MediaType.APPLICATION_JSON})
    void keepsAbsentMembersAndClearsNullOnes(String contentType) {
      when(MUSIC.updateSong().updateSong(any())).thenReturn(song(4));

      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"3\"")
          .method("PATCH", Entity.entity("{\"durationSeconds\":null,\"genre\":\"Modal jazz\"}", contentType));

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4-r0x0l0\"");
      ArgumentCaptor<UpdateSongCommand> command = ArgumentCaptor.forClass(UpdateSongCommand.class);
      verify(MUSIC.updateSong()).updateSong(command.capture());
      assertThat(command.getValue().expectedVersion()).hasValue(3);
      assertThat(command.getValue().changes()).isEqualTo(new SongChanges(Change.keep(), Change.keep(),
          Change.to("Modal jazz"), Change.keep(), Change.to(null), Change.keep()));
    }

    @Test
    void setsAndClearsTheAlbum() {
      when(MUSIC.updateSong().updateSong(any())).thenReturn(song(4));

      songs("/" + SONG_ID).method("PATCH", Entity.entity("{\"albumId\":\"" + Fixtures.ALBUM_ID + "\"}", MERGE_PATCH));
      songs("/" + SONG_ID).method("PATCH", Entity.entity("{\"albumId\":null}", MERGE_PATCH));

      ArgumentCaptor<UpdateSongCommand> command = ArgumentCaptor.forClass(UpdateSongCommand.class);
      verify(MUSIC.updateSong(), org.mockito.Mockito.times(2)).updateSong(command.capture());
      assertThat(command.getAllValues().get(0).changes().albumId()).isEqualTo(Change.to(Fixtures.albumId()));
      assertThat(command.getAllValues().get(1).changes().albumId()).isEqualTo(Change.<AlbumId>to(null));
    }

    @Test
    void nullForARequiredValueIsRefusedByTheDomain() {
      Song current = song(3);
      when(MUSIC.updateSong().updateSong(any())).thenAnswer(invocation -> {
        UpdateSongCommand command = invocation.getArgument(0);
        return current.revise(command.changes(), Fixtures.UPDATED);
      });

      JsonNode problem = problem(songs("/" + SONG_ID).method("PATCH", Entity.entity("{\"title\":null}", MERGE_PATCH)),
          422, "/problems/validation");

      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("title");
    }

    @Test
    void answers422ForAMalformedAlbumId() {
      JsonNode problem = problem(songs("/" + SONG_ID).method("PATCH", Entity.entity("{\"albumId\":\"x\"}",
          MERGE_PATCH)), 422, "/problems/validation");

      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("albumId");
      verifyNoInteractions(MUSIC.updateSong());
    }

    @Test
    void answers400ForAWrongType() {
      JsonNode problem = problem(songs("/" + SONG_ID).method("PATCH", Entity.entity("{\"year\":\"1960\"}",
          MERGE_PATCH)), 400, "/problems/bad-request");

      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("year");
    }

    @Test
    void answers415ForPlainText() {
      problem(songs("/" + SONG_ID).method("PATCH", Entity.entity("title=x", MediaType.TEXT_PLAIN)), 415,
          "/problems/unsupported-media-type");
    }
  }

  @Nested
  class Delete {

    @Test
    void answers204() {
      Response response = songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"7\"").delete();

      assertThat(response.getStatus()).isEqualTo(204);
      assertThat(response.hasEntity()).isFalse();
      ArgumentCaptor<DeleteSongCommand> command = ArgumentCaptor.forClass(DeleteSongCommand.class);
      verify(MUSIC.deleteSong()).deleteSong(command.capture());
      assertThat(command.getValue()).isEqualTo(new DeleteSongCommand(Actor.anonymous(), songId(),
          OptionalLong.of(7)));
    }

    @Test
    void answers404ForAnUnknownSong() {
      org.mockito.Mockito.doThrow(new NotFoundException("Song", SONG_ID)).when(MUSIC.deleteSong()).deleteSong(any());

      problem(songs("/" + SONG_ID).delete(), 404, "/problems/not-found");
    }

    @Test
    void answers412WithTheCurrentSong() {
      org.mockito.Mockito.doThrow(new PreconditionFailedException("Song", 7, 8, song(8)))
          .when(MUSIC.deleteSong()).deleteSong(any());

      JsonNode problem = problem(songs("/" + SONG_ID).header(HttpHeaders.IF_MATCH, "\"7\"").delete(), 412,
          "/problems/precondition-failed");

      assertThat(problem.path("current").path("version").asLong()).isEqualTo(8);
    }
  }

  @Nested
  class Errors {

    @Test
    void unknownRouteIs404Problem() {
      JsonNode problem = problem(RESOURCES.target("/api/v1/nothing-here").request().get(), 404,
          "/problems/not-found");

      assertThat(problem.path("detail").asText()).contains("/api/v1/nothing-here");
    }

    @Test
    void wrongMethodIs405WithAllow() {
      Response response = RESOURCES.target(SONGS).request().delete();

      assertThat(response.getAllowedMethods()).as("every GET also answers HEAD")
          .contains("GET", "HEAD", "POST").doesNotContain("DELETE");
      JsonNode problem = problem(response, 405, "/problems/method-not-allowed");
      assertThat(problem.path("detail").asText()).contains("DELETE").contains("HEAD");
    }

    @Test
    void notAcceptableIs406() {
      when(MUSIC.getSong().getSong(songId())).thenReturn(song(1));

      problem(RESOURCES.target(SONGS + "/" + SONG_ID).request("application/xml").get(), 406,
          "/problems/not-acceptable");
    }

    @Test
    void aBugIs500WithAnInstanceAndNoStackTrace() {
      when(MUSIC.getSong().getSong(songId())).thenThrow(new IllegalStateException("secret internals"));
      Logger logger = (Logger) LoggerFactory.getLogger(Problems.class);
      Level level = logger.getLevel();
      ListAppender<ILoggingEvent> log = new ListAppender<>();
      log.start();
      logger.addAppender(log);
      logger.setLevel(Level.INFO);

      Response response;
      String body;
      try {
        response = songs("/" + SONG_ID).get();
        body = response.readEntity(String.class);
      } finally {
        logger.detachAppender(log);
        logger.setLevel(level);
      }

      assertThat(response.getStatus()).isEqualTo(500);
      assertThat(response.getHeaderString(HttpHeaders.CONTENT_TYPE)).startsWith(Http.PROBLEM_JSON);
      JsonNode problem = json(body);
      assertThat(problem.path("type").asText()).isEqualTo("/problems/internal");
      assertThat(problem.path("instance").asText()).matches("urn:uuid:[0-9a-f-]{36}");
      assertThat(body).doesNotContain("secret").doesNotContain("IllegalStateException")
          .doesNotContain("at dev.cadenza");
      assertThat(log.list).singleElement().satisfies(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getFormattedMessage()).contains(problem.path("instance").asText())
            .contains("GET /api/v1/songs/" + SONG_ID);
        assertThat(event.getThrowableProxy().getMessage()).isEqualTo("secret internals");
        assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
      });
    }

    @Test
    void aLostDatabaseConnectionIs503WithRetryAfter() {
      when(MUSIC.getSong().getSong(songId())).thenThrow(new RuntimeException("pool",
          new SQLTransientConnectionException("timed out waiting for a connection")));

      Response response = songs("/" + SONG_ID).get();

      assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
      JsonNode problem = problem(response, 503, "/problems/service-unavailable");
      assertThat(problem.path("instance").asText()).startsWith("urn:uuid:");
      assertThat(problem.toString()).doesNotContain("timed out");
    }

    @Test
    void aConnectionClassSqlStateIs503() {
      when(MUSIC.searchSongs().searchSongs(any())).thenThrow(new IllegalStateException("query failed",
          new SQLException("connection refused", "08001")));

      problem(RESOURCES.target(SONGS).request().get(), 503, "/problems/service-unavailable");
    }

    @Test
    void aSearchTheDatabaseCancelledAtItsTimeLimitIs503NamingTheWayOut() {
      when(MUSIC.searchSongs().searchSongs(any())).thenThrow(new IllegalStateException("query failed",
          new SQLException("ERROR: canceling statement due to statement timeout", "57014")));

      Response response = RESOURCES.target(SONGS).queryParam("q", "qx").request().get();

      assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).as("the same search would be cut again").isNull();
      JsonNode problem = problem(response, 503, "/problems/service-unavailable");
      assertThat(problem.path("detail").asText()).contains("time limit").contains("three or more characters");
      assertThat(problem.toString()).doesNotContain("canceling statement");
    }

    @Test
    void anotherSqlStateIs500() {
      when(MUSIC.searchSongs().searchSongs(any())).thenThrow(new IllegalStateException("query failed",
          new SQLException("syntax error", "42601")));

      problem(RESOURCES.target(SONGS).request().get(), 500, "/problems/internal");
    }

    @Test
    void forbiddenIs403() {
      when(MUSIC.createSong().createSong(any())).thenThrow(new AccessDeniedException("curators only"));

      JsonNode problem = problem(songs("").post(jsonBody(VALID)), 403, "/problems/forbidden");

      assertThat(problem.path("code").asText()).isEqualTo("AccessDenied");
      assertThat(problem.path("detail").asText()).isEqualTo("curators only");
    }

    @Test
    void conflictIs409() {
      when(MUSIC.updateSong().updateSong(any())).thenThrow(new ConcurrentModificationException("Song", SONG_ID));

      assertThat(problem(songs("/" + SONG_ID).put(jsonBody(VALID)), 409, "/problems/conflict").path("code").asText())
          .isEqualTo("ConcurrentModification");
    }

    @Test
    void rateLimitedIs429WithRetryAfter() {
      when(MUSIC.searchSongs().searchSongs(any())).thenThrow(new TestDomainErrors.RateLimited());

      Response response = RESOURCES.target(SONGS).request().get();

      assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isNotBlank();
      assertThat(problem(response, 429, "/problems/rate-limited").path("code").asText()).isEqualTo("TooManyAttempts");
    }

    @Test
    void unauthenticatedIs401WithBearerChallenge() {
      when(MUSIC.searchSongs().searchSongs(any())).thenThrow(new TestDomainErrors.Unauthenticated());

      Response response = RESOURCES.target(SONGS).request().get();

      assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
      problem(response, 401, "/problems/unauthorized");
    }
  }
}
