package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/** The caller resolver decides the actor of every command, and can refuse a request with 401. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallerResolverTest {

  private static final Actor CURATOR = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.CURATOR));
  private static final MusicCatalog MUSIC = Fixtures.mockedCatalog();
  private static final ResourceExtension RESOURCES = RestResources.extension(MUSIC,
      new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, CallerResolverTest::resolve, "test"));

  private static Actor resolve(jakarta.ws.rs.container.ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null) {
      return Actor.anonymous();
    }
    if (authorization.equals("Bearer curator")) {
      return CURATOR;
    }
    throw new TestDomainErrors.Unauthenticated();
  }

  @Test
  void commandsCarryTheResolvedCaller() {
    when(MUSIC.createSong().createSong(any())).thenReturn(Fixtures.song(1));

    Response response = RESOURCES.target("/api/v1/songs").request()
        .header(HttpHeaders.AUTHORIZATION, "Bearer curator")
        .post(Entity.entity("{\"title\":\"So What\",\"performer\":\"Miles Davis\",\"genre\":\"Jazz\",\"year\":1959}",
            MediaType.APPLICATION_JSON));

    assertThat(response.getStatus()).isEqualTo(201);
    ArgumentCaptor<CreateSongCommand> command = ArgumentCaptor.forClass(CreateSongCommand.class);
    verify(MUSIC.createSong()).createSong(command.capture());
    assertThat(command.getValue().actor()).isEqualTo(CURATOR);
  }

  @Test
  void aResolverThatRefusesTheCredentialsAnswers401WithABearerChallenge() {
    Response response = RESOURCES.target("/api/v1/songs").request()
        .header(HttpHeaders.AUTHORIZATION, "Bearer expired").get();

    assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(problem(response, 401, "/problems/unauthorized").path("code").asText())
        .isEqualTo("InvalidCredentials");
    verifyNoInteractions(MUSIC.searchSongs());
  }

  @Test
  void theDefaultResolverMakesEveryoneAnonymous() {
    assertThat(CallerResolver.anonymous().resolve(null)).isEqualTo(Actor.anonymous());
  }
}
