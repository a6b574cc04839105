package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.Anonymous;
import dev.cadenza.adapters.rest.http.CatalogWrite;
import dev.cadenza.adapters.rest.http.SignedInWrites;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes need a signed-in caller before their bodies are read: an anonymous caller hears 401, not a
 * 400 or 422 about a body it was not allowed to send; admin-only writes refuse others with 403 first.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SignedInWritesTest {

  private static final InMemoryPlaylists FAKES = new InMemoryPlaylists(Clock.systemUTC());
  /** The service's catalog policy: curators and admins write. */
  private static final InMemoryCatalog CATALOG = new InMemoryCatalog(Clock.systemUTC(),
      CatalogWritePolicy.curatorsAndAdmins());
  private static final ResourceExtension RESOURCES = RestResources.extension(RestResources.ports(CATALOG.useCases,
      FAKES.useCases, FAKES.transfers, CATALOG.covers), PlaylistFixtures.settings());

  private static final String SOME_ID = "01900000-0000-7000-8000-000000000001";

  private static Invocation.Builder anonymous(String path) {
    return RESOURCES.target(path).request(MediaType.APPLICATION_JSON);
  }

  private static void unauthorized(Response response) {
    problem(response, 401, "/problems/unauthorized");
    assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
  }

  @Test
  void anonymousWritesAre401WhateverTheirBodies() {
    for (String body : new String[] {"{", "{}", "{\"title\":\"\"}", "[1,2]"}) {
      unauthorized(anonymous("/api/v1/songs").post(Entity.json(body)));
      unauthorized(anonymous("/api/v1/albums/" + SOME_ID).put(Entity.json(body)));
      unauthorized(anonymous("/api/v1/playlists").post(Entity.json(body)));
      unauthorized(anonymous("/api/v1/playlists/" + SOME_ID + "/entries").post(Entity.json(body)));
      unauthorized(anonymous("/api/v1/songs/" + SOME_ID + "/ratings").post(Entity.json(body)));
      unauthorized(anonymous("/api/v1/users/" + SOME_ID + "/status").put(Entity.json(body)));
      unauthorized(anonymous("/api/v1/me/library/songs/" + SOME_ID)
          .method("PATCH", Entity.entity(body, MediaType.APPLICATION_JSON)));
    }
    unauthorized(anonymous("/api/v1/playlists/" + SOME_ID + "/entries/not-an-id").delete());
  }

  @Test
  void registrationAndSignInStayOpenAndCheckTheirBodies() {
    problem(anonymous("/api/v1/users").post(Entity.json("{")), 400, "/problems/malformed-json");
    problem(anonymous("/api/v1/auth/token").post(Entity.json("{}")), 422, "/problems/validation");
    problem(anonymous("/api/v1/auth/refresh").post(Entity.json("{}")), 422, "/problems/validation");
  }

  private static Invocation.Builder plainUser(String path) {
    return RESOURCES.target(path).request(MediaType.APPLICATION_JSON)
        .header(PlaylistFixtures.USER_HEADER, UUID.randomUUID().toString());
  }

  @Test
  void adminAndCatalogWritesRefuseOthersBeforeReadingTheBody() {
    for (String body : new String[] {"{}", "{\"roles\":[\"admin\"", "{bad"}) {
      JsonNode refused = problem(plainUser("/api/v1/users/" + SOME_ID + "/roles").put(Entity.json(body)), 403,
          "/problems/forbidden");
      assertThat(refused.path("detail").asText()).contains("admin");
      problem(plainUser("/api/v1/users/" + SOME_ID + "/status").put(Entity.json(body)), 403, "/problems/forbidden");
    }
    for (String body : new String[] {"{", "{}", "{\"title\":\"\"}"}) {
      assertThat(plainUser("/api/v1/songs").post(Entity.json(body)).getStatus()).as(body).isEqualTo(403);
      assertThat(plainUser("/api/v1/albums/" + SOME_ID).method("PATCH", Entity.json(body)).getStatus()).as(body)
          .isEqualTo(403);
    }
    assertThat(CATALOG.audit.entries()).as("nothing was written").isEmpty();
  }

  @Test
  void onlyRegistrationAndTheSessionEndpointsAreOpenWrites() {
    Set<String> open = new TreeSet<>();
    Set<String> catalog = new TreeSet<>();
    Set<String> guarded = new TreeSet<>();
    for (Object component : RestModule.jerseyComponents(RestResources.ports(FAKES.music, FAKES.useCases,
        FAKES.transfers), PlaylistFixtures.settings(), RestModule.problems())) {
      Class<?> type = component.getClass();
      if (!type.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (SignedInWrites.isWrite(method)) {
          String name = type.getSimpleName() + "." + method.getName();
          (method.isAnnotationPresent(Anonymous.class) ? open
              : method.isAnnotationPresent(CatalogWrite.class) ? catalog : guarded).add(name);
        }
      }
    }
    assertThat(open).containsExactly("AuthResource.logout", "AuthResource.refresh", "AuthResource.token",
        "UserResource.register");
    assertThat(catalog).as("every write of songs, albums and covers, and nothing else").allSatisfy(name ->
        assertThat(name).matches("(SongResource|AlbumResource|AlbumCoverResource)\\..*"));
    assertThat(catalog).hasSize(12).contains("SongResource.create", "AlbumResource.delete");
    assertThat(guarded).hasSizeGreaterThan(25).contains("MeResource.patch", "PlaylistResource.create")
        .noneMatch(name -> name.startsWith("SongResource") || name.startsWith("AlbumResource"));
  }
}
