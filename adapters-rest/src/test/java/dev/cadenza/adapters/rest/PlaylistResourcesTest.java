package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static dev.cadenza.adapters.rest.PlaylistFixtures.ENTRY_ID;
import static dev.cadenza.adapters.rest.PlaylistFixtures.OWNER_ID;
import static dev.cadenza.adapters.rest.PlaylistFixtures.PLAYLIST_ID;
import static dev.cadenza.adapters.rest.PlaylistFixtures.USER_HEADER;
import static dev.cadenza.adapters.rest.PlaylistFixtures.entry;
import static dev.cadenza.adapters.rest.PlaylistFixtures.playlist;
import static dev.cadenza.adapters.rest.PlaylistFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.PlaylistAccessDeniedException;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.AddedEntries;
import dev.cadenza.domain.playlists.port.in.CollaboratorChange;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.ListLibraryQuery;
import dev.cadenza.domain.playlists.port.in.MoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.MovedEntry;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.RemoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.SavedSong;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistCommand;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/** The playlists and library resources over mocked use cases: statuses, headers, JSON and the commands sent. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PlaylistResourcesTest {

  private static final Playlists PLAYLISTS = PlaylistFixtures.mockedPlaylists();
  private static final ResourceExtension RESOURCES = RestResources.extension(
      RestResources.ports(Fixtures.mockedCatalog(), PLAYLISTS), PlaylistFixtures.settings());
  private static final String BASE = "/api/v1/playlists/" + PLAYLIST_ID;

  @BeforeEach
  void resetMocks() {
    reset(PLAYLISTS.createPlaylist(), PLAYLISTS.getPlaylist(), PLAYLISTS.updatePlaylist(), PLAYLISTS.deletePlaylist(),
        PLAYLISTS.listMyPlaylists(), PLAYLISTS.addEntries(), PLAYLISTS.moveEntry(), PLAYLISTS.removeEntry(),
        PLAYLISTS.setCollaborator(), PLAYLISTS.listActivity(), PLAYLISTS.saveSong(), PLAYLISTS.markListened(),
        PLAYLISTS.listLibrary(), PLAYLISTS.idempotency(), PLAYLISTS.listEntries());
  }

  /** A target for a path with an optional {@code ?a=b&c=d} query. */
  static WebTarget target(ResourceExtension resources, String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    WebTarget target = resources.target(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        target = target.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return target;
  }

  private static Invocation.Builder as(String path) {
    return target(RESOURCES, path).request(MediaType.APPLICATION_JSON).header(USER_HEADER, OWNER_ID);
  }

  private static Entity<String> body(String json) {
    return Entity.entity(json, MediaType.APPLICATION_JSON);
  }

  // ------------------------------------------------------------------------------------------ playlists

  @Test
  void createAnswers201WithLocationEtagAndTheRepresentation() {
    when(PLAYLISTS.createPlaylist().createPlaylist(any())).thenReturn(view(1));

    Response response = as("/api/v1/playlists").post(body("""
        {"name":" Road trip ","visibility":"PRIVATE"}"""));

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getLocation().getPath()).isEqualTo(BASE);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).matches("\"1-\\d+-o\"");
    JsonNode json = json(response);
    assertThat(json.path("id").asText()).isEqualTo(PLAYLIST_ID);
    assertThat(json.path("visibility").asText()).isEqualTo("private");
    assertThat(json.path("role").asText()).isEqualTo("owner");
    assertThat(json.path("description").isNull()).isTrue();
    assertThat(json.path("entryCount").asInt()).isEqualTo(2);
    assertThat(json.path("durationSeconds").asInt()).isEqualTo(600);
    ArgumentCaptor<CreatePlaylistCommand> command = ArgumentCaptor.forClass(CreatePlaylistCommand.class);
    verify(PLAYLISTS.createPlaylist()).createPlaylist(command.capture());
    assertThat(command.getValue().details().name()).isEqualTo("Road trip");
    assertThat(command.getValue().details().visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(command.getValue().actor().userId()).contains(PlaylistFixtures.ownerId());
    verifyNoInteractions(PLAYLISTS.idempotency());
  }

  @Test
  void createReportsEveryInvalidValueAndRefusesReadOnlyOnes() {
    JsonNode invalid = problem(as("/api/v1/playlists").post(body("""
        {"name":"","visibility":"friends"}""")), 422, "/problems/validation");
    assertThat(invalid.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "visibility");

    JsonNode readOnly = problem(as("/api/v1/playlists").post(body("""
        {"name":"x","visibility":"public","version":3}""")), 422, "/problems/validation");
    assertThat(readOnly.path("errors").get(0).path("field").asText()).isEqualTo("version");
    problem(as("/api/v1/playlists").post(body("{\"name\":5,\"visibility\":\"public\"}")), 400,
        "/problems/bad-request");
    verifyNoInteractions(PLAYLISTS.createPlaylist());
  }

  @Test
  void aMalformedIdempotencyKeyIs400() {
    problem(as("/api/v1/playlists").header("Idempotency-Key", "has space").post(body("""
        {"name":"x","visibility":"public"}""")), 400, "/problems/bad-request");
  }

  @Test
  void getAnswersWithAStrongEtagAnd304() {
    when(PLAYLISTS.getPlaylist().getPlaylist(any(), eq(PlaylistFixtures.playlistId()))).thenReturn(view(7));

    Response ok = RESOURCES.target(BASE).request().get();
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getHeaderString(HttpHeaders.ETAG)).as("version, duration, role").isEqualTo("\"7-600-o\"");
    assertThat(ok.getHeaderString(HttpHeaders.VARY)).contains("Authorization");
    assertThat(json(ok).path("version").asInt()).isEqualTo(7);

    Response notModified = RESOURCES.target(BASE).request().header(HttpHeaders.IF_NONE_MATCH, "\"7-600-o\"").get();
    assertThat(notModified.getStatus()).isEqualTo(304);
    assertThat(RESOURCES.target(BASE).request().header(HttpHeaders.IF_NONE_MATCH, "\"7-540-o\"").get().getStatus())
        .as("another total is another representation").isEqualTo(200);
  }

  @Test
  void malformedAndUnknownIdsAreTheSame404() {
    when(PLAYLISTS.getPlaylist().getPlaylist(any(), any())).thenThrow(new NotFoundException("Playlist", PLAYLIST_ID));

    JsonNode unknown = problem(RESOURCES.target(BASE).request().get(), 404, "/problems/not-found");
    JsonNode malformed = problem(RESOURCES.target("/api/v1/playlists/nope").request().get(), 404,
        "/problems/not-found");
    assertThat(unknown.path("code").asText()).isEqualTo("PlaylistNotFound");
    assertThat(malformed.path("code").asText()).isEqualTo("PlaylistNotFound");
  }

  @Test
  void patchIsAMergePatchGuardedByIfMatch() {
    when(PLAYLISTS.updatePlaylist().updatePlaylist(any())).thenReturn(view(4));

    Response response = as(BASE).header(HttpHeaders.IF_MATCH, "\"3\"").method("PATCH",
        Entity.entity("{\"description\":null,\"visibility\":\"public\"}", "application/merge-patch+json"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4-600-o\"");
    ArgumentCaptor<UpdatePlaylistCommand> command = ArgumentCaptor.forClass(UpdatePlaylistCommand.class);
    verify(PLAYLISTS.updatePlaylist()).updatePlaylist(command.capture());
    assertThat(command.getValue().expectedVersion()).hasValue(3);
    assertThat(command.getValue().changes().name()).isEqualTo(Change.keep());
    assertThat(command.getValue().changes().description()).isEqualTo(Change.to(null));
    assertThat(command.getValue().changes().visibility()).isEqualTo(Change.to(Visibility.PUBLIC));
  }

  @Test
  void aPatchNamesEveryInvalidValueAnUnknownVisibilityIncludedBeforeTheUseCase() {
    String body = "{\"name\":\"\",\"visibility\":\"x\",\"description\":\"" + "d".repeat(2001) + "\"}";

    JsonNode problem = problem(as(BASE).method("PATCH", Entity.entity(body, "application/merge-patch+json")), 422,
        "/problems/validation");

    assertThat(problem.path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "visibility", "description");
    verify(PLAYLISTS.updatePlaylist(), never()).updatePlaylist(any());
  }

  @Test
  void aStaleVersionAnswers412WithTheCurrentPlaylist() {
    when(PLAYLISTS.updatePlaylist().updatePlaylist(any()))
        .thenThrow(new PreconditionFailedException("Playlist", 3, 5, view(5)));

    Response response = as(BASE).header(HttpHeaders.IF_MATCH, "\"3\"").method("PATCH", body("{\"name\":\"x\"}"));

    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"5-600-o\"");
    JsonNode problem = problem(response, 412, "/problems/precondition-failed");
    assertThat(problem.path("current").path("version").asInt()).isEqualTo(5);
    assertThat(problem.path("current").path("id").asText()).isEqualTo(PLAYLIST_ID);
  }

  @Test
  void aTagThatIsNotOursAnswers412WithoutTryingTheWrite() {
    when(PLAYLISTS.getPlaylist().getPlaylist(any(), any())).thenReturn(view(5));

    JsonNode problem = problem(as(BASE).header(HttpHeaders.IF_MATCH, "W/\"5\"").delete(), 412,
        "/problems/precondition-failed");

    assertThat(problem.path("current").path("version").asInt()).isEqualTo(5);
    verifyNoInteractions(PLAYLISTS.deletePlaylist());
  }

  @Test
  void forbiddenAndUnauthenticatedWritesAreProblems() {
    when(PLAYLISTS.updatePlaylist().updatePlaylist(any()))
        .thenThrow(new PlaylistAccessDeniedException("only the owner of this playlist may change its visibility"));

    JsonNode forbidden = problem(as(BASE).method("PATCH", body("{\"visibility\":\"public\"}")), 403,
        "/problems/forbidden");
    assertThat(forbidden.path("code").asText()).isEqualTo("PlaylistAccessDenied");
    Response anonymous = RESOURCES.target(BASE).request().method("PATCH", body("{\"name\":\"x\"}"));
    assertThat(anonymous.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    problem(anonymous, 401, "/problems/unauthorized");
  }

  @Test
  void myPlaylistsArePaged() {
    when(PLAYLISTS.listMyPlaylists().listMyPlaylists(any(), any())).thenReturn(new Page<>(List.of(view(1)),
        Optional.empty(), OptionalLong.of(1)));

    JsonNode json = json(as("/api/v1/playlists?limit=5&includeTotal=true").get());

    assertThat(json.path("items").get(0).path("role").asText()).isEqualTo("owner");
    assertThat(json.path("page").path("limit").asInt()).isEqualTo(5);
    assertThat(json.path("page").path("total").asInt()).isEqualTo(1);
    problem(as("/api/v1/playlists?limit=0").get(), 422, "/problems/validation");
    problem(as("/api/v1/playlists?limit=x").get(), 400, "/problems/bad-request");
  }

  // ------------------------------------------------------------------------------------------ entries

  @Test
  void addingEntriesAnswers201WithTheEntriesAndTheNewEtag() {
    when(PLAYLISTS.addEntries().addEntries(any())).thenReturn(new AddedEntries(List.of(entry(1)), playlist(9, 3)));

    Response response = as(BASE + "/entries").header(HttpHeaders.IF_MATCH, "\"8\"")
        .post(body("{\"songIds\":[\"" + Fixtures.SONG_ID + "\"],\"position\":1}"));

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"9\"");
    assertThat(response.getLocation().getPath()).isEqualTo(BASE + "/entries");
    JsonNode json = json(response);
    assertThat(json.path("version").asInt()).isEqualTo(9);
    assertThat(json.path("entryCount").asInt()).isEqualTo(3);
    JsonNode e = json.path("items").get(0);
    assertThat(e.path("entryId").asText()).isEqualTo(ENTRY_ID);
    assertThat(e.path("position").asInt()).isEqualTo(1);
    assertThat(e.path("song").path("title").asText()).isEqualTo("So What");
    assertThat(e.path("song").path("durationSeconds").asInt()).isEqualTo(562);
    assertThat(e.path("addedBy").asText()).isEqualTo(OWNER_ID);
    assertThat(e.path("addedAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
    ArgumentCaptor<AddEntriesCommand> command = ArgumentCaptor.forClass(AddEntriesCommand.class);
    verify(PLAYLISTS.addEntries()).addEntries(command.capture());
    assertThat(command.getValue().songIds()).containsExactly(Fixtures.songId());
    assertThat(command.getValue().position()).isEqualTo(1);
    assertThat(command.getValue().expectedVersion()).hasValue(8);
  }

  @Test
  void songIdsThatCannotBeIdsAreUnknownSongsNamedEachOne() {
    JsonNode problem = problem(as(BASE + "/entries").post(body("{\"songIds\":[\"" + Fixtures.SONG_ID
        + "\",\"nope\",null]}")), 422, "/problems/validation");

    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("songIds[1]", "songIds[2]");
    assertThat(problem.path("detail").asText()).contains("nope");
    verifyNoInteractions(PLAYLISTS.addEntries());
  }

  @Test
  void moreThanAHundredSongIdsAreRefusedAsAWholeBeforeAnyIsRead() {
    String ids = String.join(",", java.util.Collections.nCopies(101, "\"x\""));

    JsonNode problem = problem(as(BASE + "/entries").post(body("{\"songIds\":[" + ids + "]}")), 422,
        "/problems/validation");

    assertThat(problem.path("errors")).hasSize(1);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("songIds");
    assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("must name at most 100 songs");
    verifyNoInteractions(PLAYLISTS.addEntries());
  }

  @Test
  void aProblemListsAtMostFiftyErrorsAndSaysHowManyThereWere() throws Exception {
    StringBuilder unknown = new StringBuilder("{\"name\":\"Mix\"");
    for (int i = 0; i < 5_000; i++) {
      unknown.append(",\"unknown").append(i).append("\":1");
    }

    Response response = as("/api/v1/playlists").post(body(unknown.append('}').toString()));
    String text = response.readEntity(String.class);

    assertThat(response.getStatus()).isEqualTo(422);
    JsonNode problem = Http.JSON.readTree(text);
    assertThat(problem.path("errors")).hasSize(50);
    assertThat(problem.path("detail").asText()).endsWith("(5000 errors in all; the first 50 are listed)")
        .hasSizeLessThan(2_100);
    assertThat(text.length()).as("the answer stays small").isLessThan(8_000);
  }

  @Test
  void aMalformedOrNullSongIdIsNamedBeforeTheUseCase() {
    JsonNode problem = problem(as(BASE + "/entries").post(body("{\"songIds\":[\"zz1\",null]}")), 422,
        "/problems/validation");

    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("songIds[0]", "songIds[1]");
    assertThat(problem.path("errors").findValuesAsText("message"))
        .containsExactly("no song has the id zz1", "must be a song id, not null");
    verify(PLAYLISTS.addEntries(), never()).addEntries(any());
  }

  @Test
  void unknownSongsFromTheDomainAre422NamingThem() {
    String unknown = UUID.randomUUID().toString();
    when(PLAYLISTS.addEntries().addEntries(any())).thenThrow(new ValidationException(List.of(
        new FieldViolation("songIds[0]", "no song has the id " + unknown))));

    JsonNode problem = problem(as(BASE + "/entries").post(body("{\"songIds\":[\"" + unknown + "\"]}")), 422,
        "/problems/validation");

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("songIds[0]");
    assertThat(problem.path("detail").asText()).contains(unknown);
  }

  @Test
  void movingNeedsAPositionAndAnswersTheEntryAndEtag() {
    when(PLAYLISTS.moveEntry().moveEntry(any())).thenReturn(new MovedEntry(entry(0), playlist(4, 2)));

    problem(as(BASE + "/entries/" + ENTRY_ID).method("PATCH", body("{}")), 422, "/problems/validation");
    Response moved = as(BASE + "/entries/" + ENTRY_ID).method("PATCH", body("{\"position\":0}"));

    assertThat(moved.getStatus()).isEqualTo(200);
    assertThat(moved.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4\"");
    assertThat(json(moved).path("position").asInt()).isZero();
    ArgumentCaptor<MoveEntryCommand> command = ArgumentCaptor.forClass(MoveEntryCommand.class);
    verify(PLAYLISTS.moveEntry()).moveEntry(command.capture());
    assertThat(command.getValue().entry().toString()).isEqualTo(ENTRY_ID);
  }

  @Test
  void removingAnswers204WithTheNewEtag() {
    when(PLAYLISTS.removeEntry().removeEntry(any())).thenReturn(playlist(6, 1));

    Response response = as(BASE + "/entries/" + ENTRY_ID).delete();

    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"6\"");
    ArgumentCaptor<RemoveEntryCommand> command = ArgumentCaptor.forClass(RemoveEntryCommand.class);
    verify(PLAYLISTS.removeEntry()).removeEntry(command.capture());
    assertThat(command.getValue().expectedVersion()).isEmpty();
    problem(as(BASE + "/entries/not-an-id").delete(), 404, "/problems/not-found");
  }

  // ------------------------------------------------------------------------------------------ collaborators

  @Test
  void settingACollaboratorAnswers201WhenAddedAnd200Otherwise() {
    UserId friend = new UserId(UUID.randomUUID());
    Collaborator c = new Collaborator(PlaylistFixtures.playlistId(), friend, PlaylistRole.EDITOR,
        PlaylistFixtures.AT);
    when(PLAYLISTS.setCollaborator().setCollaborator(any()))
        .thenReturn(new CollaboratorChange(c, true, playlist(2, 0)))
        .thenReturn(new CollaboratorChange(c, false, playlist(2, 0)));
    String path = BASE + "/collaborators/" + friend;

    Response added = as(path).put(body("{\"role\":\"editor\"}"));
    Response same = as(path).put(body("{\"role\":\"editor\"}"));

    assertThat(added.getStatus()).isEqualTo(201);
    assertThat(added.getLocation().getPath()).isEqualTo(path);
    assertThat(json(added).path("user").asText()).isEqualTo(friend.toString());
    assertThat(same.getStatus()).isEqualTo(200);
    assertThat(same.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"2\"");
    problem(as(path).put(body("{\"role\":\"owner\"}")), 422, "/problems/validation");
  }

  // ------------------------------------------------------------------------------------------ activity

  @Test
  void activityRowsLeaveOutWhatTheyDoNotHave() {
    SongSummary song = new SongSummary(Fixtures.songId(), "So What", "Miles Davis", null);
    when(PLAYLISTS.listActivity().listPlaylistActivity(any(), any(), any())).thenReturn(new Page<>(List.of(
        new PlaylistActivity(UUID.randomUUID(), PlaylistFixtures.playlistId(), PlaylistFixtures.AT, OWNER_ID,
            PlaylistAction.CREATE, Optional.empty(), Map.of(), Map.of("name", "Road trip")),
        new PlaylistActivity(UUID.randomUUID(), PlaylistFixtures.playlistId(), PlaylistFixtures.AT, "system",
            PlaylistAction.SONG_DELETED, Optional.of(song), Map.of("position", 0), Map.of())),
        Optional.empty(), OptionalLong.empty()));

    JsonNode items = json(RESOURCES.target(BASE + "/activity").request().get()).path("items");

    assertThat(items.get(0).has("song")).isFalse();
    assertThat(items.get(0).has("before")).isFalse();
    assertThat(items.get(0).path("after").path("name").asText()).isEqualTo("Road trip");
    assertThat(items.get(1).path("action").asText()).isEqualTo("song-deleted");
    assertThat(items.get(1).path("song").path("title").asText()).isEqualTo("So What");
    assertThat(items.get(1).path("song").path("durationSeconds").isNull()).isTrue();
    assertThat(items.get(1).has("after")).isFalse();
  }

  // ------------------------------------------------------------------------------------------ library

  private static LibrarySongView saved(boolean listened) {
    LibrarySong item = LibrarySong.saved(PlaylistFixtures.ownerId(), Fixtures.songId(), PlaylistFixtures.AT);
    return new LibrarySongView(listened ? item.withListened(true, PlaylistFixtures.AT.plusSeconds(60)) : item,
        new SongSummary(Fixtures.songId(), "So What", "Miles Davis", 562));
  }

  @Test
  void savingASongAnswers201ThenAnd200Later() {
    when(PLAYLISTS.saveSong().saveSong(any(), eq(Fixtures.songId())))
        .thenReturn(new SavedSong(saved(false), true))
        .thenReturn(new SavedSong(saved(false), false));
    String path = "/api/v1/me/library/songs/" + Fixtures.SONG_ID;

    Response first = as(path).put(Entity.text(""));
    Response again = as(path).put(Entity.text(""));

    assertThat(first.getStatus()).isEqualTo(201);
    JsonNode json = json(first);
    assertThat(json.path("listened").asBoolean()).isFalse();
    assertThat(json.path("listenedAt").isNull()).isTrue();
    assertThat(json.path("song").path("id").asText()).isEqualTo(Fixtures.SONG_ID);
    assertThat(again.getStatus()).isEqualTo(200);
    problem(RESOURCES.target(path).request().put(Entity.text("")), 401, "/problems/unauthorized");
  }

  @Test
  void markingListenedNeedsTheFlag() {
    when(PLAYLISTS.markListened().markListened(any(), any(), eq(true), any())).thenReturn(saved(true));
    String path = "/api/v1/me/library/songs/" + Fixtures.SONG_ID;

    problem(as(path).method("PATCH", body("{}")), 422, "/problems/validation");
    JsonNode json = json(as(path).method("PATCH", body("{\"listened\":true}")));

    assertThat(json.path("listened").asBoolean()).isTrue();
    assertThat(json.path("listenedAt").asText()).isEqualTo("2026-01-02T03:05:05.123456Z");
  }

  @Test
  void librariesAreFilteredByListened() {
    when(PLAYLISTS.listLibrary().listLibrary(any())).thenReturn(new Page<>(List.of(saved(true)), Optional.empty(),
        OptionalLong.empty()));

    assertThat(json(as("/api/v1/me/library?listened=TRUE").get()).path("items")).hasSize(1);
    problem(as("/api/v1/me/library?listened=maybe").get(), 400, "/problems/bad-request");
    json(as("/api/v1/users/" + OWNER_ID + "/library").get());

    ArgumentCaptor<ListLibraryQuery> query = ArgumentCaptor.forClass(ListLibraryQuery.class);
    verify(PLAYLISTS.listLibrary(), org.mockito.Mockito.times(2)).listLibrary(query.capture());
    assertThat(query.getAllValues().get(0).listened()).isTrue();
    assertThat(query.getAllValues().get(1).listened()).isNull();
    assertThat(query.getAllValues().get(1).owner()).isEqualTo(PlaylistFixtures.ownerId());
    problem(RESOURCES.target("/api/v1/me/library").request().get(), 401, "/problems/unauthorized");
  }

  @Test
  void removingASavedSongIs204() {
    assertThat(as("/api/v1/me/library/songs/" + Fixtures.SONG_ID).delete().getStatus()).isEqualTo(204);
    verify(PLAYLISTS.removeSavedSong()).removeSavedSong(any(), eq(new SongId(UUID.fromString(Fixtures.SONG_ID))));
  }

  @Test
  void removingAMalformedIdIsThe204OfAnUnknownOneAndStillNeedsASignedInCaller() {
    org.mockito.Mockito.clearInvocations(PLAYLISTS.removeSavedSong());
    problem(RESOURCES.target("/api/v1/me/library/songs/bogus").request().delete(), 401, "/problems/unauthorized");

    assertThat(as("/api/v1/me/library/songs/bogus").delete().getStatus()).isEqualTo(204);
    org.mockito.Mockito.verifyNoInteractions(PLAYLISTS.removeSavedSong());
  }
}
