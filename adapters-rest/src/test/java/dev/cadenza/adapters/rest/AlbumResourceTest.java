package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Fixtures.ALBUM_ID;
import static dev.cadenza.adapters.rest.Fixtures.album;
import static dev.cadenza.adapters.rest.Fixtures.albumId;
import static dev.cadenza.adapters.rest.Fixtures.song;
import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.ListAlbumSongsQuery;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchAlbumsQuery;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

@ExtendWith(DropwizardExtensionsSupport.class)
class AlbumResourceTest {

  private static final MusicCatalog MUSIC = Fixtures.mockedCatalog();
  private static final ResourceExtension RESOURCES = RestResources.extension(MUSIC);
  private static final String ALBUMS = "/api/v1/albums";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  @BeforeEach
  void resetMocks() {
    reset(MUSIC.createAlbum(), MUSIC.getAlbum(), MUSIC.updateAlbum(), MUSIC.deleteAlbum(), MUSIC.searchAlbums(),
        MUSIC.listAlbumSongs());
  }

  private static Invocation.Builder albums(String path) {
    return RESOURCES.target(ALBUMS + path).request(MediaType.APPLICATION_JSON);
  }

  private static Entity<String> jsonBody(String json) {
    return Entity.entity(json, MediaType.APPLICATION_JSON);
  }

  @Test
  void searchPassesFiltersAndShowsEveryAlbumMember() {
    when(MUSIC.searchAlbums().searchAlbums(any())).thenReturn(new Page<>(List.of(album(2, 5)), Optional.empty(),
        OptionalLong.of(1)));

    Response response = RESOURCES.target(ALBUMS).queryParam("q", "blue").queryParam("performer", "miles")
        .queryParam("year", "1959").queryParam("sort", "recent").queryParam("includeTotal", "true")
        .request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode body = json(response);
    JsonNode item = body.path("items").get(0);
    assertThat(item.path("id").asText()).isEqualTo(ALBUM_ID);
    assertThat(item.path("title").asText()).isEqualTo("Kind of Blue");
    assertThat(item.path("performer").asText()).isEqualTo("Miles Davis");
    assertThat(item.path("year").asInt()).isEqualTo(1959);
    assertThat(item.has("coverUrl")).isTrue();
    assertThat(item.path("coverUrl").isNull()).isTrue();
    assertThat(item.path("songCount").asLong()).isEqualTo(5);
    assertThat(item.path("version").asLong()).isEqualTo(2);
    assertThat(item.path("createdAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
    assertThat(item.path("updatedAt").asText()).isEqualTo("2026-01-03T04:05:06Z");
    assertThat(body.path("page").path("total").asLong()).isEqualTo(1);
    ArgumentCaptor<SearchAlbumsQuery> query = ArgumentCaptor.forClass(SearchAlbumsQuery.class);
    verify(MUSIC.searchAlbums()).searchAlbums(query.capture());
    assertThat(query.getValue().filter()).isEqualTo(new AlbumFilter("blue", null, "miles", 1959));
    assertThat(query.getValue().sort()).isEqualTo(CatalogSort.RECENT);
    assertThat(query.getValue().page().includeTotal()).isTrue();
  }

  @Test
  void searchAnswers400ForAnUnknownSort() {
    JsonNode problem = problem(RESOURCES.target(ALBUMS).queryParam("sort", "popular").request().get(), 400,
        "/problems/bad-request");

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("sort");
    assertThat(problem.path("errors").get(0).path("message").asText()).contains("title, year, recent");
  }

  @Test
  void getAnswersTheAlbumWithAnEtagOfVersionAndSongCount() {
    when(MUSIC.getAlbum().getAlbum(albumId())).thenReturn(album(2, 5));

    Response response = albums("/" + ALBUM_ID).get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"2-5-r0x0l0\"");
    assertThat(json(response).path("songCount").asLong()).isEqualTo(5);
  }

  @Test
  void getAnswers304OnlyWhileTheSongCountIsTheSame() {
    when(MUSIC.getAlbum().getAlbum(albumId())).thenReturn(album(2, 5));
    assertThat(albums("/" + ALBUM_ID).header(HttpHeaders.IF_NONE_MATCH, "\"2-5-r0x0l0\"").get().getStatus())
        .isEqualTo(304);

    when(MUSIC.getAlbum().getAlbum(albumId())).thenReturn(album(2, 6));
    Response changed = albums("/" + ALBUM_ID).header(HttpHeaders.IF_NONE_MATCH, "\"2-5-r0x0l0\"").get();

    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(json(changed).path("songCount").asLong()).isEqualTo(6);
  }

  @Test
  void getAnswers404ForMalformedAndUnknownIdsAlike() {
    when(MUSIC.getAlbum().getAlbum(albumId())).thenThrow(new NotFoundException("Album", ALBUM_ID));

    JsonNode unknown = problem(albums("/" + ALBUM_ID).get(), 404, "/problems/not-found");
    JsonNode malformed = problem(albums("/1234").get(), 404, "/problems/not-found");

    assertThat(unknown.path("code").asText()).isEqualTo("AlbumNotFound");
    assertThat(malformed.path("code").asText()).isEqualTo("AlbumNotFound");
  }

  @Test
  void createAnswers201() {
    when(MUSIC.createAlbum().createAlbum(any())).thenReturn(album(1, 0));

    Response response = albums("").post(jsonBody("{\"title\":\"Kind of Blue\",\"year\":1959}"));

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getLocation().getPath()).isEqualTo(ALBUMS + "/" + ALBUM_ID);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"1-0-r0x0l0\"");
    assertThat(json(response).path("songCount").asLong()).isZero();
    ArgumentCaptor<CreateAlbumCommand> command = ArgumentCaptor.forClass(CreateAlbumCommand.class);
    verify(MUSIC.createAlbum()).createAlbum(command.capture());
    assertThat(command.getValue().details()).isEqualTo(new AlbumDetails("Kind of Blue", null, 1959));
  }

  @Test
  void createAnswers422ForInvalidValues() {
    JsonNode problem = problem(albums("").post(jsonBody("{\"title\":\"\",\"year\":999}")), 422,
        "/problems/validation");

    assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("title", "year");
    verifyNoInteractions(MUSIC.createAlbum());
  }

  @Test
  void createRefusesReadOnlyMembers() {
    JsonNode problem = problem(albums("").post(jsonBody("{\"title\":\"A\",\"year\":1999,\"songCount\":3}")), 422,
        "/problems/validation");

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("songCount");
  }

  @Test
  void putComparesTheVersionPartOfTheEtag() {
    when(MUSIC.updateAlbum().updateAlbum(any())).thenReturn(album(3, 9));

    Response response = albums("/" + ALBUM_ID).header(HttpHeaders.IF_MATCH, "\"2-5\"")
        .put(jsonBody("{\"title\":\"Kind of Blue\",\"year\":1959}"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"3-9-r0x0l0\"");
    ArgumentCaptor<UpdateAlbumCommand> command = ArgumentCaptor.forClass(UpdateAlbumCommand.class);
    verify(MUSIC.updateAlbum()).updateAlbum(command.capture());
    assertThat(command.getValue().expectedVersion()).hasValue(2);
    assertThat(command.getValue().changes()).isEqualTo(AlbumChanges.replaceWith("Kind of Blue", null, 1959));
  }

  @Test
  void putTakesTheBareVersionTheBodyShowsAsASongsDoes() {
    when(MUSIC.updateAlbum().updateAlbum(any())).thenReturn(album(3, 5));

    Response response = albums("/" + ALBUM_ID).header(HttpHeaders.IF_MATCH, "\"2\"")
        .put(jsonBody("{\"title\":\"Kind of Blue\",\"year\":1959}"));

    assertThat(response.getStatus()).isEqualTo(200);
    ArgumentCaptor<UpdateAlbumCommand> command = ArgumentCaptor.forClass(UpdateAlbumCommand.class);
    verify(MUSIC.updateAlbum()).updateAlbum(command.capture());
    assertThat(command.getValue().expectedVersion()).hasValue(2);
  }

  @Test
  void putAnswers412ForATagOfAnotherShape() {
    when(MUSIC.getAlbum().getAlbum(albumId())).thenReturn(album(2, 5));

    Response response = albums("/" + ALBUM_ID).header(HttpHeaders.IF_MATCH, "\"2-r0x0l0\"")
        .put(jsonBody("{\"title\":\"Kind of Blue\",\"year\":1959}"));

    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"2-5-r0x0l0\"");
    JsonNode problem = problem(response, 412, "/problems/precondition-failed");
    assertThat(problem.path("current").path("songCount").asLong()).isEqualTo(5);
    verify(MUSIC.updateAlbum(), never()).updateAlbum(any());
  }

  @Test
  void patchClearsThePerformerAndKeepsTheRest() {
    when(MUSIC.updateAlbum().updateAlbum(any())).thenReturn(album(3, 5));

    Response response = albums("/" + ALBUM_ID).method("PATCH", Entity.entity("{\"performer\":null}", MERGE_PATCH));

    assertThat(response.getStatus()).isEqualTo(200);
    ArgumentCaptor<UpdateAlbumCommand> command = ArgumentCaptor.forClass(UpdateAlbumCommand.class);
    verify(MUSIC.updateAlbum()).updateAlbum(command.capture());
    assertThat(command.getValue().changes())
        .isEqualTo(new AlbumChanges(Change.keep(), Change.to(null), Change.keep()));
    assertThat(command.getValue().expectedVersion()).isEmpty();
  }

  @Test
  void patchAnswers412WithTheCurrentAlbum() {
    when(MUSIC.updateAlbum().updateAlbum(any()))
        .thenThrow(new PreconditionFailedException("Album", 1, 4, album(4, 2)));

    Response response = albums("/" + ALBUM_ID).header(HttpHeaders.IF_MATCH, "\"1-2\"")
        .method("PATCH", Entity.entity("{\"title\":\"Kind of Blue (Legacy)\"}", MERGE_PATCH));

    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4-2-r0x0l0\"");
    JsonNode problem = problem(response, 412, "/problems/precondition-failed");
    assertThat(problem.path("current").path("version").asLong()).isEqualTo(4);
    assertThat(problem.path("current").path("title").asText()).isEqualTo("Kind of Blue");
  }

  @Test
  void deleteAnswers204() {
    Response response = albums("/" + ALBUM_ID).header(HttpHeaders.IF_MATCH, "*").delete();

    assertThat(response.getStatus()).isEqualTo(204);
    verify(MUSIC.deleteAlbum()).deleteAlbum(new DeleteAlbumCommand(Actor.anonymous(), albumId(),
        OptionalLong.empty()));
  }

  @Test
  void deleteAnswers404ForAnUnknownAlbum() {
    doThrow(new NotFoundException("Album", ALBUM_ID)).when(MUSIC.deleteAlbum()).deleteAlbum(any());

    problem(albums("/" + ALBUM_ID).delete(), 404, "/problems/not-found");
  }

  @Test
  void songsListsTheAlbumsSongsPageByPage() {
    Cursor next = Cursor.of("title", "so what", Fixtures.SONG_ID);
    when(MUSIC.listAlbumSongs().listAlbumSongs(any())).thenReturn(new Page<>(List.of(Fixtures.songOnAlbum(1)),
        Optional.of(next), OptionalLong.empty()));

    Response response = RESOURCES.target(ALBUMS + "/" + ALBUM_ID + "/songs").queryParam("limit", "1").request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.path("items").get(0).path("albumId").asText()).isEqualTo(ALBUM_ID);
    assertThat(body.path("page").path("limit").asInt()).isEqualTo(1);
    assertThat(body.path("page").path("next").asText()).isEqualTo(next.token());
    ArgumentCaptor<ListAlbumSongsQuery> query = ArgumentCaptor.forClass(ListAlbumSongsQuery.class);
    verify(MUSIC.listAlbumSongs()).listAlbumSongs(query.capture());
    assertThat(query.getValue().albumId()).isEqualTo(albumId());
    assertThat(query.getValue().sort()).isEqualTo(CatalogSort.TITLE);
    assertThat(query.getValue().page().limit()).isEqualTo(1);
  }

  @Test
  void songsAnswers404ForAnUnknownOrMalformedAlbum() {
    when(MUSIC.listAlbumSongs().listAlbumSongs(any())).thenThrow(new NotFoundException("Album", ALBUM_ID));

    problem(RESOURCES.target(ALBUMS + "/" + ALBUM_ID + "/songs").request().get(), 404, "/problems/not-found");
    problem(RESOURCES.target(ALBUMS + "/zzz/songs").request().get(), 404, "/problems/not-found");
  }

  @Test
  void songsAnswers400And422ForBadPaging() {
    problem(RESOURCES.target(ALBUMS + "/" + ALBUM_ID + "/songs").queryParam("limit", "ten").request().get(), 400,
        "/problems/bad-request");
    problem(RESOURCES.target(ALBUMS + "/" + ALBUM_ID + "/songs").queryParam("limit", "500").request().get(), 422,
        "/problems/validation");
    verifyNoInteractions(MUSIC.listAlbumSongs());
  }

  @Test
  void aSongFromTheSongListIsTheSameRepresentationAsFromSongs() {
    when(MUSIC.listAlbumSongs().listAlbumSongs(any())).thenReturn(new Page<>(List.of(song(2)), Optional.empty(),
        OptionalLong.empty()));
    when(MUSIC.getSong().getSong(Fixtures.songId())).thenReturn(song(2));

    JsonNode fromAlbum = json(RESOURCES.target(ALBUMS + "/" + ALBUM_ID + "/songs").request().get()).path("items")
        .get(0);
    JsonNode fromSongs = json(RESOURCES.target("/api/v1/songs/" + Fixtures.SONG_ID).request().get());

    assertThat(fromAlbum).isEqualTo(fromSongs);
  }
}
