package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.music.AlbumResource;
import dev.cadenza.adapters.rest.music.SongResource;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiTest {

  private static final ResourceExtension RESOURCES = RestResources.extension(Fixtures.mockedCatalog(),
      RestSettings.defaults("1.2.3-test"));

  private static JsonNode document;

  @BeforeAll
  static void fetch() throws Exception {
    Response response = RESOURCES.target("/openapi.json").request().get();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    String body = response.readEntity(String.class);
    Files.createDirectories(Paths.get("target"));
    Files.writeString(Paths.get("target", "openapi.json"), body);
    document = json(body);
  }

  /** "GET /api/v1/songs/{id}" for every resource method the module serves, from the JAX-RS annotations. */
  /** The parameter of {@code operation} named {@code name}. */
  private static JsonNode parameter(JsonNode operation, String name) {
    for (JsonNode p : operation.path("parameters")) {
      if (p.path("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name + " in " + operation.path("operationId").asText());
  }

  private static Set<String> servedOperations() {
    Set<String> operations = new TreeSet<>();
    for (Class<?> resource : new Class<?>[] {SongResource.class, AlbumResource.class,
        dev.cadenza.adapters.rest.music.AlbumCoverResource.class,
        dev.cadenza.adapters.rest.users.UserResource.class, dev.cadenza.adapters.rest.users.MeResource.class,
        dev.cadenza.adapters.rest.users.AuthResource.class, dev.cadenza.adapters.rest.users.AuditResource.class,
        dev.cadenza.adapters.rest.playlists.PlaylistResource.class,
        dev.cadenza.adapters.rest.playlists.PlaylistEntryResource.class,
        dev.cadenza.adapters.rest.playlists.PlaylistCollaboratorResource.class,
        dev.cadenza.adapters.rest.playlists.PlaylistActivityResource.class,
        dev.cadenza.adapters.rest.playlists.UserPlaylistsResource.class,
        dev.cadenza.adapters.rest.playlists.LibraryResource.class,
        dev.cadenza.adapters.rest.playlists.UserLibraryResource.class,
        dev.cadenza.adapters.rest.playlists.PlaylistExportResource.class,
        dev.cadenza.adapters.rest.playlists.ExportResource.class,
        dev.cadenza.adapters.rest.playlists.PlaylistImportResource.class,
        dev.cadenza.adapters.rest.ratings.SongRatingsResource.class,
        dev.cadenza.adapters.rest.ratings.AlbumRatingsResource.class,
        dev.cadenza.adapters.rest.ratings.SongLikesResource.class,
        dev.cadenza.adapters.rest.ratings.AlbumLikesResource.class,
        dev.cadenza.adapters.rest.ratings.ChartResource.class}) {
      String root = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getMethods()) {
        if (method.isAnnotationPresent(Hidden.class)) {
          continue;
        }
        for (Annotation annotation : method.getAnnotations()) {
          HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
          if (http != null) {
            Path sub = method.getAnnotation(Path.class);
            String path = sub == null ? root : root + "/" + sub.value();
            operations.add(http.value() + " " + path.replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
          }
        }
      }
    }
    return operations;
  }

  private static Set<String> documentedOperations() {
    Set<String> operations = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        operations.add(methods.next().toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }
    return operations;
  }

  @Test
  void listsExactlyTheOperationsTheModuleServes() {
    Set<String> served = servedOperations();

    assertThat(served).hasSize(73).contains("GET /api/v1/playlists/{id}/entries/{entryId}", "GET /api/v1/me/api-keys/{id}", "GET /api/v1/me/library/songs/{songId}",
        "GET /api/v1/playlists/{id}/collaborators/{userId}", "POST /api/v1/playlists/{id}/exports", "GET /api/v1/exports/{id}",
        "GET /api/v1/exports/{id}/file", "POST /api/v1/playlists/import","PUT /api/v1/albums/{id}/cover", "GET /api/v1/albums/{id}/cover",
        "DELETE /api/v1/albums/{id}/cover", "POST /api/v1/songs/{id}/ratings",
        "PATCH /api/v1/albums/{id}/ratings/{ratingId}", "PUT /api/v1/songs/{id}/likes/me",
        "DELETE /api/v1/albums/{id}/likes/me", "GET /api/v1/songs/{id}/likes", "GET /api/v1/charts/{type}",
        "GET /api/v1/songs", "PATCH /api/v1/songs/{id}",
        "GET /api/v1/albums/{id}/songs", "DELETE /api/v1/albums/{id}", "POST /api/v1/users", "PATCH /api/v1/me",
        "POST /api/v1/auth/token", "DELETE /api/v1/me/api-keys/{id}", "GET /api/v1/admin/audit",
        "POST /api/v1/playlists", "PATCH /api/v1/playlists/{id}/entries/{entryId}",
        "PUT /api/v1/playlists/{id}/collaborators/{userId}", "GET /api/v1/playlists/{id}/activity",
        "GET /api/v1/users/{id}/playlists", "PUT /api/v1/me/library/songs/{songId}", "GET /api/v1/users/{id}/library");
    assertThat(documentedOperations()).isEqualTo(served);
  }

  @Test
  void statesWhatTheServiceChecksAndSendsBeyondTheAnnotations() {
    JsonNode paths = document.path("paths");
    JsonNode schemas = document.path("components").path("schemas");
    // the tags a 412 and a 304 carry
    JsonNode patchSong = paths.path("/api/v1/songs/{id}").path("patch");
    assertThat(patchSong.path("responses").path("412").path("headers").has("ETag")).isTrue();
    assertThat(paths.path("/api/v1/songs/{id}/ratings/{ratingId}").path("get").path("responses").path("304")
        .path("headers").has("ETag")).isTrue();
    // every body is limited, also where the operation reads none
    assertThat(paths.path("/api/v1/songs/{id}").path("delete").path("responses").has("413")).isTrue();
    // the import takes any type and tells files apart by their content
    JsonNode importing = paths.path("/api/v1/playlists/import").path("post");
    assertThat(importing.path("requestBody").path("content").has("*/*")).isTrue();
    assertThat(importing.path("responses").path("415").path("description").asText()).startsWith("the Content-Encoding");
    // a nullable enum lists null
    JsonNode role = schemas.path("Playlist").path("properties").path("role");
    assertThat(role.path("nullable").asBoolean()).isTrue();
    assertThat(role.path("enum")).anySatisfy(value -> assertThat(value.isNull()).isTrue());
    // limits the domain checks, as a validator can read them
    assertThat(schemas.path("Registration").path("properties").path("email").path("nullable").asBoolean()).isTrue();
    assertThat(schemas.path("Registration").path("properties").path("username").path("maxLength").asInt())
        .isEqualTo(50);
    assertThat(schemas.path("SongInput").path("properties").path("title").path("maxLength").asInt()).isEqualTo(200);
    assertThat(schemas.path("SongInput").path("properties").path("durationSeconds").path("maximum").asInt())
        .isEqualTo(86400);
    JsonNode songIds = schemas.path("PlaylistEntriesInput").path("properties").path("songIds");
    assertThat(songIds.path("minItems").asInt()).isEqualTo(1);
    assertThat(songIds.path("maxItems").asInt()).isEqualTo(100);
    assertThat(schemas.path("PlaylistEntriesInput").path("required").toString()).contains("songIds");
  }

  @Test
  void describesTheServiceWithTheConfiguredVersion() {
    assertThat(document.path("openapi").asText()).startsWith("3.");
    assertThat(document.path("info").path("title").asText()).isEqualTo("Cadenza");
    assertThat(document.path("info").path("version").asText()).isEqualTo("1.2.3-test");
  }

  @Test
  void everyErrorResponseIsAProblem() {
    JsonNode problem = document.path("components").path("schemas").path("Problem");
    assertThat(problem.path("properties").fieldNames()).toIterable()
        .contains("type", "title", "status", "detail", "instance", "code", "errors", "current");
    int errors = 0;
    for (JsonNode path : document.path("paths")) {
      for (JsonNode operation : path) {
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
          if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
            errors++;
            JsonNode content = response.getValue().path("content");
            assertThat(content.fieldNames()).toIterable().containsExactly("application/problem+json");
            assertThat(content.path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
          }
        }
        assertThat(operation.path("responses").has("500")).isTrue();
        assertThat(operation.path("responses").has("406")).isTrue();
      }
    }
    assertThat(errors).isGreaterThan(50);
  }

  @Test
  void everySuccessfulReadSaysWhereItCameFrom() {
    int reads = 0;
    for (java.util.Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      JsonNode get = path.getValue().path("get");
      for (java.util.Iterator<Map.Entry<String, JsonNode>> responses = get.path("responses").fields();
           responses.hasNext(); ) {
        Map.Entry<String, JsonNode> response = responses.next();
        if (response.getKey().startsWith("2") || response.getKey().equals("304")) {
          assertThat(response.getValue().path("headers").has("X-Data-Source"))
              .as("GET %s %s", path.getKey(), response.getKey()).isTrue();
          reads++;
        }
      }
    }
    assertThat(reads).isGreaterThan(20);
    assertThat(document.path("paths").path("/api/v1/songs/{id}/ratings").path("get").path("responses").path("200")
        .path("headers").path("X-Data-Source").path("schema").path("enum").toString())
        .isEqualTo("[\"cache\",\"database\"]");
  }

  @Test
  void documentsBodiesParametersAndHeaders() {
    JsonNode create = document.path("paths").path("/api/v1/songs").path("post");
    assertThat(create.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
        .asText()).isEqualTo("#/components/schemas/SongInput");
    assertThat(create.path("responses").path("201").path("headers").has("Location")).isTrue();
    assertThat(create.path("responses").path("201").path("headers").has("ETag")).isTrue();
    assertThat(create.path("responses").has("413")).isTrue();
    assertThat(create.path("responses").has("415")).isTrue();
    assertThat(create.path("responses").has("422")).isTrue();

    JsonNode patch = document.path("paths").path("/api/v1/songs/{id}").path("patch");
    assertThat(patch.path("requestBody").path("content").fieldNames()).toIterable()
        .contains("application/merge-patch+json", "application/json");
    assertThat(patch.path("parameters").findValuesAsText("name")).contains("id", "If-Match");
    assertThat(patch.path("responses").has("412")).isTrue();

    for (String[] read : new String[][] {{"/api/v1/me", "get"}, {"/api/v1/users/{id}", "get"}}) {
      JsonNode op = document.path("paths").path(read[0]).path(read[1]);
      assertThat(op.path("parameters").findValuesAsText("name")).as(read[0]).contains("If-None-Match");
      assertThat(op.path("responses").path("200").path("headers").has("ETag")).as(read[0]).isTrue();
      assertThat(op.path("responses").has("304")).as(read[0]).isTrue();
    }
    for (String[] write : new String[][] {{"/api/v1/me", "patch"}, {"/api/v1/users/{id}/status", "put"},
        {"/api/v1/users/{id}/roles", "put"}}) {
      JsonNode op = document.path("paths").path(write[0]).path(write[1]);
      assertThat(op.path("parameters").findValuesAsText("name")).as(write[0]).contains("If-Match");
      assertThat(op.path("responses").path("200").path("headers").has("ETag")).as(write[0]).isTrue();
      assertThat(op.path("responses").has("412")).as(write[0]).isTrue();
    }

    JsonNode search = document.path("paths").path("/api/v1/songs").path("get");
    assertThat(search.path("parameters").findValuesAsText("name"))
        .containsExactlyInAnyOrder("q", "title", "performer", "genre", "year", "albumId", "sort", "limit", "cursor",
            "includeTotal");
    assertThat(search.path("responses").path("200").path("content").path("application/json").path("schema")
        .path("$ref").asText()).isEqualTo("#/components/schemas/SongList");

    JsonNode keys = document.path("paths").path("/api/v1/me/api-keys").path("get");
    assertThat(keys.path("parameters").findValuesAsText("name"))
        .containsExactlyInAnyOrder("limit", "cursor", "includeTotal");
    JsonNode audit = document.path("paths").path("/api/v1/admin/audit").path("get");
    assertThat(audit.path("parameters").findValuesAsText("name"))
        .containsExactlyInAnyOrder("actor", "resourceType", "resourceId", "since", "limit", "cursor", "includeTotal");
    for (JsonNode list : List.of(search, keys, audit)) {
      JsonNode includeTotal = parameter(list, "includeTotal");
      assertThat(includeTotal.path("in").asText()).isEqualTo("query");
      assertThat(includeTotal.path("schema").path("type").asText()).isEqualTo("boolean");
    }

    JsonNode song = document.path("components").path("schemas").path("Song").path("properties");
    assertThat(song.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "title", "performer", "genre", "year",
        "durationSeconds", "albumId", "rating", "likes", "likedByMe", "version", "createdAt", "updatedAt");
    JsonNode album = document.path("components").path("schemas").path("Album").path("properties");
    assertThat(album.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "title", "performer", "year",
        "coverUrl", "songCount", "rating", "likes", "likedByMe", "version", "createdAt", "updatedAt");
  }

  @Test
  void namesEveryOperationUniquelyAndKeepsOnlyUsedSchemas() {
    List<String> ids = document.path("paths").findValuesAsText("operationId");
    assertThat(ids).hasSize(73).doesNotHaveDuplicates().contains("getPlaylistEntry", "getApiKey", "getSavedSong", "getCollaborator",
        "exportPlaylist", "getExport", "downloadExport",
        "importPlaylist","setAlbumCover", "getAlbumCover", "removeAlbumCover",
        "rateSong", "rateAlbum", "listSongRatings",
        "patchAlbumRating", "deleteSongRating", "likeSong", "unlikeAlbum", "getSongLikes", "getChart",
        "searchSongs", "patchAlbum", "listAlbumSongs",
        "register", "signIn", "createApiKey", "listAuditEntries", "createPlaylist", "addPlaylistEntries",
        "listPlaylistActivity", "saveSong");
    assertThat(document.path("components").path("schemas").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("RatingSummary", "Rating", "RatingList", "RatingInput", "RatingPatch", "Likes",
            "Chart", "ChartEntry", "Song", "SongInput", "SongPatch", "SongList", "Album", "AlbumInput",
            "AlbumPatch", "AlbumList", "PageInfo", "Problem", "FieldError", "User", "Registration", "ProfilePatch",
            "AccountStatusChange", "RolesChange", "Credentials", "RefreshTokenBody", "Tokens", "ApiKey",
            "ApiKeyRequest", "ApiKeyList", "AuditEntry", "AuditEntryList", "Playlist", "PlaylistList",
            "PlaylistInput", "PlaylistPatch", "PlaylistEntry", "PlaylistEntryList", "PlaylistEntriesInput",
            "PlaylistEntriesAdded", "PlaylistEntryMove", "SongBrief", "Collaborator", "CollaboratorList",
            "CollaboratorInput", "PlaylistActivity", "PlaylistActivityList", "LibrarySong", "LibrarySongList",
            "LibrarySongPatch", "LibrarySummary", "Export", "ExportInput", "PlaylistImport",
            "PlaylistImportUnmatched");
  }

  @Test
  void aRolesChangeIsAnArrayOfKnownRolesThatValidatesTheDocumentedBody() {
    JsonNode roles = document.path("components").path("schemas").path("RolesChange").path("properties").path("roles");

    assertThat(roles.path("type").asText()).isEqualTo("array");
    assertThat(roles.has("enum")).as("an enum on the array itself would refuse every array").isFalse();
    assertThat(roles.path("items").path("enum")).extracting(JsonNode::asText)
        .containsExactly("user", "curator", "admin");
    assertThat(document.path("components").path("schemas").path("RolesChange").path("required"))
        .extracting(JsonNode::asText).containsExactly("roles");
  }

  @Test
  void everyNativeOperationDocumentsTheQueryParametersItTakesAndRefusesOthers() {
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
        assertThat(operation.getValue().path("responses").path("400").path("description").asText()).as(name)
            .contains("query parameter this operation does not take, or one given twice");
        if (!operation.getKey().equals("get") || !anonymousAllowed(operation.getValue())) {
          continue;
        }
        // the names a public read refuses an unknown one with are the ones the document lists
        Set<String> documented = new TreeSet<>();
        for (JsonNode parameter : operation.getValue().path("parameters")) {
          if (parameter.path("in").asText().equals("query")) {
            documented.add(parameter.path("name").asText());
          }
        }
        String target = path.getKey().replace("{type}", "songs")
            .replaceAll("\\{[a-zA-Z]+}", "00000000-0000-4000-8000-000000000000");
        JsonNode problem = Http.problem(RESOURCES.target(target).queryParam("unheardOf", "1").request().get(), 400,
            "/problems/bad-request");
        String message = problem.path("errors").get(0).path("message").asText();
        assertThat(message).as(name).isEqualTo(documented.isEmpty()
            ? "is not a parameter of this operation (it takes none)"
            : "is not a parameter of this operation (it takes " + String.join(", ", documented) + ")");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void chartsSayThatAnotherTypeIsNotFound() {
    JsonNode chart = document.path("paths").path("/api/v1/charts/{type}").path("get");

    assertThat(chart.path("responses").has("404")).isTrue();
    assertThat(parameter(chart, "type").path("schema").path("enum")).extracting(JsonNode::asText)
        .containsExactly("songs", "albums");
  }

  @Test
  void declaresBothCredentialsAndMarksTheOperationsThatNeedThem() {
    JsonNode schemes = document.path("components").path("securitySchemes");
    assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
    assertThat(schemes.path("bearerAuth").path("bearerFormat").asText()).isEqualTo("JWT");
    assertThat(schemes.path("apiKey").path("in").asText()).isEqualTo("header");
    assertThat(schemes.path("apiKey").path("name").asText()).isEqualTo("X-API-Key");

    JsonNode me = document.path("paths").path("/api/v1/me").path("get");
    assertThat(me.path("security").findValuesAsText("bearerAuth")).isNotNull();
    assertThat(me.path("security").toString()).contains("bearerAuth", "apiKey");
    assertThat(me.path("responses").has("401")).isTrue();
    JsonNode audit = document.path("paths").path("/api/v1/admin/audit").path("get");
    assertThat(audit.path("security").toString()).contains("bearerAuth", "apiKey");
    assertThat(audit.path("responses").has("403")).isTrue();
    // A password change is throttled like a sign-in.
    JsonNode patchMe = document.path("paths").path("/api/v1/me").path("patch");
    assertThat(patchMe.path("responses").fieldNames()).toIterable().contains("200", "409", "422", "429");
    assertThat(patchMe.path("responses").path("429").path("headers").has("Retry-After")).isTrue();
    // Public reads need no credentials, but credentials sent are checked: 401 when they are not valid.
    JsonNode songs = document.path("paths").path("/api/v1/songs");
    assertThat(anonymousAllowed(songs.path("get"))).isTrue();
    assertThat(songs.path("get").path("security").toString()).as("credentials are taken, and change the answer")
        .contains("bearerAuth", "apiKey");
    assertThat(anonymousAllowed(me)).isFalse();
    assertThat(document.path("paths").path("/api/v1/auth/token").path("post").has("security"))
        .as("signing in takes no credentials").isFalse();
    assertThat(anonymousAllowed(audit)).isFalse();
    assertThat(songs.path("get").path("responses").has("401")).isTrue();
    assertThat(document.path("paths").path("/api/v1/charts/{type}").path("get").path("responses").has("401"))
        .isTrue();
    // Catalog writes need a curator (or admin); rating and liking need a signed-in user.
    for (JsonNode write : List.of(songs.path("post"), document.path("paths").path("/api/v1/songs/{id}").path("patch"),
        document.path("paths").path("/api/v1/albums/{id}").path("delete"))) {
      assertThat(write.path("security").toString()).as(write.path("operationId").asText())
          .contains("bearerAuth", "apiKey");
      assertThat(write.path("responses").has("401")).isTrue();
      assertThat(write.path("responses").has("403")).isTrue();
    }
    for (JsonNode write : List.of(document.path("paths").path("/api/v1/songs/{id}/ratings").path("post"),
        document.path("paths").path("/api/v1/albums/{id}/likes/me").path("put"))) {
      assertThat(write.path("security").toString()).as(write.path("operationId").asText())
          .contains("bearerAuth", "apiKey");
    }
    // Paged lists name their query parameter errors.
    JsonNode keys = document.path("paths").path("/api/v1/me/api-keys").path("get").path("responses");
    assertThat(keys.has("400")).isTrue();
    assertThat(keys.has("422")).isTrue();
    assertThat(document.path("paths").path("/api/v1/admin/audit").path("get").path("responses").has("422")).isTrue();
  }

  @Test
  void documentsIdempotencyKeysEntityTagsAndTheLibraryOfAProfile() {
    JsonNode create = document.path("paths").path("/api/v1/playlists").path("post");
    assertThat(create.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
    assertThat(create.path("responses").path("201").path("headers").fieldNames()).toIterable()
        .contains("Location", "ETag", "Idempotent-Replayed");
    for (String path : List.of("/api/v1/songs", "/api/v1/albums", "/api/v1/songs/{id}/ratings",
        "/api/v1/albums/{id}/ratings", "/api/v1/playlists/import")) {
      JsonNode post = document.path("paths").path(path).path("post");
      assertThat(post.path("parameters").findValuesAsText("name")).as(path).contains("Idempotency-Key");
      assertThat(post.path("responses").path("201").path("headers").fieldNames()).toIterable().as(path)
          .contains("Location", "ETag", "Idempotent-Replayed");
    }
    JsonNode activity = document.path("components").path("schemas").path("PlaylistActivity").path("properties");
    assertThat(activity.path("action").path("enum").toString()).contains("\"import\"");
    assertThat(activity.path("after").path("additionalProperties").asBoolean()).isTrue();
    assertThat(document.path("paths").path("/api/v1/playlists/import").path("post").path("requestBody")
        .path("content").has("application/json")).isTrue();
    JsonNode export = document.path("paths").path("/api/v1/playlists/{id}/exports").path("post");
    assertThat(export.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
    assertThat(export.path("responses").path("202").path("headers").fieldNames()).toIterable()
        .contains("Location", "Idempotent-Replayed");
    JsonNode add = document.path("paths").path("/api/v1/playlists/{id}/entries").path("post");
    assertThat(add.path("parameters").findValuesAsText("name")).contains("id", "If-Match", "Idempotency-Key");
    assertThat(add.path("responses").fieldNames()).toIterable().contains("201", "403", "404", "412", "422");
    assertThat(anonymousAllowed(document.path("paths").path("/api/v1/playlists/{id}").path("get"))).isTrue();
    assertThat(document.path("paths").path("/api/v1/me/library").path("get").path("security").toString())
        .contains("bearerAuth");
    assertThat(document.path("components").path("schemas").path("User").path("properties").has("library")).isTrue();
    assertThat(document.path("components").path("schemas").path("PlaylistEntry").path("properties").fieldNames())
        .toIterable().containsExactlyInAnyOrder("entryId", "position", "song", "addedBy", "addedAt");
  }

  @Test
  void documentsAlbumCoverUploadsAsMultipartOrRawImagesAndTheirRefusals() {
    JsonNode put = document.path("paths").path("/api/v1/albums/{id}/cover").path("put");
    JsonNode content = put.path("requestBody").path("content");
    assertThat(content.fieldNames()).toIterable().containsExactlyInAnyOrder("multipart/form-data", "image/jpeg",
        "image/png", "image/webp", "image/*", "application/octet-stream");
    JsonNode field = content.path("multipart/form-data").path("schema").path("properties").path("cover");
    assertThat(field.path("type").asText()).isEqualTo("string");
    assertThat(field.path("format").asText()).isEqualTo("binary");
    assertThat(content.path("image/png").path("schema").path("format").asText()).isEqualTo("binary");
    assertThat(put.path("responses").fieldNames()).toIterable()
        .contains("200", "401", "403", "404", "412", "413", "415", "422");
    assertThat(put.path("security").toString()).contains("bearerAuth", "apiKey");
    assertThat(put.path("parameters").findValuesAsText("name")).containsExactlyInAnyOrder("id", "If-Match");

    JsonNode get = document.path("paths").path("/api/v1/albums/{id}/cover").path("get");
    assertThat(get.path("responses").path("200").path("content").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("image/jpeg", "image/png", "image/webp");
    assertThat(get.path("responses").path("200").path("headers").fieldNames()).toIterable()
        .contains("ETag", "Cache-Control");
    assertThat(get.path("responses").fieldNames()).toIterable().contains("304", "404");
    assertThat(anonymousAllowed(get)).isTrue();
    assertThat(get.path("parameters").findValuesAsText("name")).contains("id", "v", "If-None-Match");

    JsonNode delete = document.path("paths").path("/api/v1/albums/{id}/cover").path("delete");
    assertThat(delete.path("responses").fieldNames()).toIterable().contains("204", "401", "403", "404");
    assertThat(delete.path("security").toString()).contains("bearerAuth", "apiKey");
  }

  @Test
  void saysThatDeletingAnAlbumKeepsItsSongs() {
    String description = document.path("paths").path("/api/v1/albums/{id}").path("delete").path("description")
        .asText();

    assertThat(description).contains("keeps its songs").contains("albumId cleared");
  }

  @Test
  void servesSwaggerUiFromTheWebjar() {
    for (String path : new String[] {"/docs", "/docs/", "/docs/index.html"}) {
      Response page = RESOURCES.target(path).request().get();
      assertThat(page.getStatus()).isEqualTo(200);
      assertThat(page.getMediaType().toString()).startsWith("text/html");
      String html = page.readEntity(String.class);
      assertThat(html).contains("<base href=\"/docs/\">").contains("swagger-ui-bundle.js")
          .contains("swagger-initializer.js").doesNotContain("http");
    }

    Response initializer = RESOURCES.target("/docs/swagger-initializer.js").request().get();
    assertThat(initializer.readEntity(String.class)).contains("url: \"/openapi.json\"").doesNotContain("petstore");

    Response bundle = RESOURCES.target("/docs/swagger-ui-bundle.js").request().get();
    assertThat(bundle.getStatus()).isEqualTo(200);
    assertThat(bundle.getMediaType().toString()).startsWith("text/javascript");
    assertThat(bundle.readEntity(String.class)).contains("SwaggerUIBundle");

    Response css = RESOURCES.target("/docs/swagger-ui.css").request().get();
    assertThat(css.getStatus()).isEqualTo(200);
    assertThat(css.getMediaType().toString()).startsWith("text/css");
  }

  @Test
  void docsAnswerProblemsForFilesThatAreNotThere() {
    Http.problem(RESOURCES.target("/docs/nothing.js").request().get(), 404, "/problems/not-found");
    Http.problem(RESOURCES.target("/docs/..%2Fpom.properties").request().get(), 404, "/problems/not-found");
  }

  /** Whether the operation's security lists the empty requirement: no credentials at all will do. */
  private static boolean anonymousAllowed(JsonNode operation) {
    for (JsonNode requirement : operation.path("security")) {
      if (requirement.isObject() && requirement.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
