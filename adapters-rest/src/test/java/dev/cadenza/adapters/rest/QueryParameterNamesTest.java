package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Fixtures.SONG_ID;
import static dev.cadenza.adapters.rest.Fixtures.song;
import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.shared.model.Page;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/** Query parameters the matched native operation does not read, or reads once, are refused before it runs. */
@ExtendWith(DropwizardExtensionsSupport.class)
class QueryParameterNamesTest {

  private static final MusicCatalog MUSIC = Fixtures.mockedCatalog();
  private static final ResourceExtension RESOURCES = RestResources.extension(MUSIC, PlaylistFixtures.settings());

  @BeforeEach
  void resetMocks() {
    reset(MUSIC.searchSongs(), MUSIC.getSong(), MUSIC.deleteSong());
  }

  @Test
  void aFilterTheOperationDoesNotHaveIsRefusedNotIgnored() {
    JsonNode problem = problem(RESOURCES.target("/api/v1/albums").queryParam("genre", "rock").request().get(), 400,
        "/problems/bad-request");

    assertThat(problem.path("errors")).hasSize(1);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("genre");
    assertThat(problem.path("errors").get(0).path("message").asText())
        .startsWith("is not a parameter of this operation").contains("performer", "limit", "cursor");
    verifyNoInteractions(MUSIC.searchAlbums());
  }

  @Test
  void everyUnknownNameIsReportedAtOnce() {
    JsonNode problem = problem(RESOURCES.target("/api/v1/songs").queryParam("limt", "5").queryParam("colour", "red")
        .queryParam("limit", "5").request().get(), 400, "/problems/bad-request");

    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("colour", "limt");
    assertThat(problem.path("detail").asText()).contains("colour", "limt");
    verifyNoInteractions(MUSIC.searchSongs());
  }

  @Test
  void aParameterGivenTwiceIsRefusedRatherThanOneValuePicked() {
    JsonNode problem = problem(RESOURCES.target("/api/v1/songs").queryParam("limit", "5", "50").request().get(),
        400, "/problems/bad-request");

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("limit");
    assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("is given 2 times; give it once");
    verifyNoInteractions(MUSIC.searchSongs());
  }

  @Test
  void anOperationWithoutParametersRefusesAnyAndChangesNothing() {
    JsonNode problem = problem(RESOURCES.target("/api/v1/songs/" + SONG_ID).queryParam("force", "true").request()
        .header(PlaylistFixtures.USER_HEADER, PlaylistFixtures.OWNER_ID).header(PlaylistFixtures.ADMIN_HEADER, "true")
        .header(HttpHeaders.IF_MATCH, "\"7\"").delete(), 400, "/problems/bad-request");

    assertThat(problem.path("errors").get(0).path("message").asText())
        .isEqualTo("is not a parameter of this operation (it takes none)");
    verifyNoInteractions(MUSIC.deleteSong());
  }

  @Test
  void anAnonymousCallerOfAProtectedOperationHearsThatItNeedsCredentialsFirst() {
    problem(RESOURCES.target("/api/v1/me").queryParam("expand", "all").request().get(), 401,
        "/problems/unauthorized");
    JsonNode signedIn = problem(RESOURCES.target("/api/v1/me").queryParam("expand", "all").request()
        .header(PlaylistFixtures.USER_HEADER, PlaylistFixtures.OWNER_ID).get(), 400, "/problems/bad-request");
    assertThat(signedIn.path("errors").findValuesAsText("field")).containsExactly("expand");
  }

  @Test
  void knownParametersPassAndAnEmptyPairSaysNothing() {
    when(MUSIC.searchSongs().searchSongs(any())).thenReturn(new Page<>(List.of(song(1)), Optional.empty(),
        OptionalLong.empty()));

    Response response = RESOURCES.target("/api/v1/songs").queryParam("", "").queryParam("limit", "5")
        .queryParam("sort", "year").request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(json(response).path("items")).hasSize(1);
    ArgumentCaptor<SearchSongsQuery> query = ArgumentCaptor.forClass(SearchSongsQuery.class);
    verify(MUSIC.searchSongs()).searchSongs(query.capture());
    assertThat(query.getValue().page().limit()).isEqualTo(5);
  }

  @Test
  void theChartKnowsItsOwnParameters() {
    JsonNode problem = problem(RESOURCES.target("/api/v1/charts/songs").queryParam("by", "likes")
        .queryParam("minimumRatings", "1").request().get(), 400, "/problems/bad-request");

    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("minimumRatings");
    assertThat(RESOURCES.target("/api/v1/charts/songs").queryParam("by", "likes").queryParam("limit", "3").request()
        .get().getStatus()).isEqualTo(200);
  }
}
