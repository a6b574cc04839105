package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CoverImage;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.builders.CoverImages;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cover uploads and downloads through a real server (Jetty, the servlet body limit, Jersey's multipart
 * reader): bodies sent with a {@code Content-Length} and chunked, as clients send them.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AlbumCoverInstallTest {

  static final int MAX = 2048;
  static final InMemoryCatalog CATALOG = new InMemoryCatalog(Clock.systemUTC(), CatalogWritePolicy.curatorsAndAdmins());
  static final AtomicInteger UPLOADS = new AtomicInteger();

  /** The REST module over the in-memory catalog and its covers; every caller is a curator. */
  public static class CoverApplication extends Application<Configuration> {
    @Override
    public void run(Configuration configuration, Environment environment) {
      AlbumCovers covers = new AlbumCovers(command -> {
        UPLOADS.incrementAndGet();
        return CATALOG.covers.setCover().setAlbumCover(command);
      }, CATALOG.covers.removeCover(), CATALOG.covers.getCover());
      InMemoryPlaylists playlists = new InMemoryPlaylists(Clock.systemUTC());
      Actor curator = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER, Role.CURATOR));
      RestModule.install(environment, RestResources.ports(CATALOG.useCases, playlists.useCases, playlists.transfers,
          covers), new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, request -> curator, "cover-test", 0,
          MAX));
    }
  }

  private static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
      CoverApplication.class, ResourceHelpers.resourceFilePath("rest-installed.yml"));
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final String BOUNDARY = "----cadenza-install-boundary";

  private AlbumId album;

  @BeforeEach
  void freshAlbum() {
    album = AlbumId.generate(Clock.systemUTC());
    CATALOG.albums.add(Album.create(album, new AlbumDetails("Blue Train", "John Coltrane", 1957),
        Instant.parse("2026-01-02T03:04:05Z")));
    UPLOADS.set(0);
  }

  private URI cover() {
    return URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/api/v1/albums/" + album + "/cover");
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofByteArray());
  }

  private static byte[] multipart(byte[] image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"a.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(image);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static void assertTooLarge(HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(body).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith(Http.PROBLEM_JSON));
    assertThat(json(body).path("type").asText()).isEqualTo("/problems/payload-too-large");
    assertThat(UPLOADS).hasValue(0);
  }

  @Test
  void aMultipartUploadIsStoredAndServedBack() throws Exception {
    byte[] png = CoverImages.png(41);

    HttpResponse<byte[]> put = send(HttpRequest.newBuilder(cover())
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .PUT(BodyPublishers.ofByteArray(multipart(png))));
    HttpResponse<byte[]> get = send(HttpRequest.newBuilder(cover()));

    assertThat(put.statusCode()).as(new String(put.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    String digest = CoverImage.of(png).sha256();
    assertThat(json(new String(put.body(), StandardCharsets.UTF_8)).path("coverUrl").asText()).endsWith("?v=" + digest);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(get.headers().firstValue("ETag")).hasValue("\"" + digest + "\"");
    assertThat(get.body()).isEqualTo(png);
  }

  @Test
  void aChunkedMultipartUploadIsReadToo() throws Exception {
    byte[] body = multipart(CoverImages.pngOfSize(MAX, 42));

    HttpResponse<byte[]> put = send(HttpRequest.newBuilder(cover())
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertThat(put.statusCode()).as(new String(put.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(UPLOADS).hasValue(1);
  }

  @Test
  void aContentLengthOverTheLimitIs413() throws Exception {
    assertTooLarge(send(HttpRequest.newBuilder(cover()).header("Content-Type", "image/png")
        .PUT(BodyPublishers.ofByteArray(CoverImages.pngOfSize(MAX + 1, 43)))));
  }

  @Test
  void aChunkedRawBodyOverTheLimitIs413() throws Exception {
    // Small enough to be written whole before the answer arrives, so the client always reads the 413
    // (a body far larger can race: the server answers and closes while the client is still writing).
    byte[] body = CoverImages.pngOfSize(2 * MAX, 44);

    assertTooLarge(send(HttpRequest.newBuilder(cover()).header("Content-Type", "image/png")
        .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))));
  }

  @Test
  void aChunkedMultipartBodyOverTheLimitIs413() throws Exception {
    byte[] body = multipart(CoverImages.pngOfSize(2 * MAX, 45));

    assertTooLarge(send(HttpRequest.newBuilder(cover())
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))));
  }
}
