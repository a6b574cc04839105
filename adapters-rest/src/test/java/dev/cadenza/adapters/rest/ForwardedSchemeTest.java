package dev.cadenza.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import dev.cadenza.adapters.rest.http.ForwardedScheme;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind a trusted proxy that ends TLS, the links the service writes (here a 201's Location) carry
 * the scheme the client used; without trusted proxies a client's X-Forwarded-Proto changes nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ForwardedSchemeTest {

  private static final MusicCatalog MUSIC = Fixtures.mockedCatalog();
  private static final ResourceExtension BEHIND_PROXY = RestResources.extension(MUSIC,
      new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, CallerResolver.anonymous(), "test", 1));
  private static final ResourceExtension DIRECT = RestResources.extension(MUSIC,
      new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, CallerResolver.anonymous(), "test", 0));
  private static final String VALID = """
      {"title":"So What","performer":"Miles Davis","genre":"Jazz","year":1959}""";

  @BeforeEach
  void stub() {
    when(MUSIC.createSong().createSong(any())).thenReturn(Fixtures.songOnAlbum(1));
  }

  private static Response create(ResourceExtension resources, String forwardedProto) {
    var request = resources.target("/api/v1/songs").request(MediaType.APPLICATION_JSON);
    if (forwardedProto != null) {
      request = request.header(ForwardedScheme.FORWARDED_PROTO, forwardedProto);
    }
    return request.post(Entity.entity(VALID, MediaType.APPLICATION_JSON));
  }

  @Test
  void behindATrustedProxyTheLocationHasTheClientsScheme() {
    Response response = create(BEHIND_PROXY, "https");

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getLocation().getScheme()).isEqualTo("https");
    assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/songs/" + Fixtures.SONG_ID);
  }

  @Test
  void withoutAHeaderOrWithAnotherValueNothingChanges() {
    assertThat(create(BEHIND_PROXY, null).getLocation().getScheme()).isEqualTo("http");
    assertThat(create(BEHIND_PROXY, "gopher").getLocation().getScheme()).isEqualTo("http");
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    Response response = create(DIRECT, "https");

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getLocation().getScheme()).isEqualTo("http");
  }
}
