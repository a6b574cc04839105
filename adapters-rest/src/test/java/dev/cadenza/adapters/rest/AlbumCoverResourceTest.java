package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static dev.cadenza.adapters.rest.Http.problem;
import static dev.cadenza.adapters.rest.PlaylistFixtures.ADMIN_HEADER;
import static dev.cadenza.adapters.rest.PlaylistFixtures.USER_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CoverImage;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.testing.builders.CoverImages;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The album cover resource over the real cover use cases on the in-memory adapters (with the real
 * curator-or-admin policy), so that what is stored, refused and served is the real thing; the upload
 * use case is counted, to show which refusals never reach it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AlbumCoverResourceTest {

  private static final int MAX = 4096;
  private static final String BOUNDARY = "cadenza-test-boundary";
  private static final InMemoryCatalog CATALOG = new InMemoryCatalog(Clock.systemUTC(),
      CatalogWritePolicy.curatorsAndAdmins());
  private static final AtomicInteger UPLOADS = new AtomicInteger();
  private static final AlbumCovers COVERS = new AlbumCovers(command -> {
    UPLOADS.incrementAndGet();
    return CATALOG.covers.setCover().setAlbumCover(command);
  }, CATALOG.covers.removeCover(), CATALOG.covers.getCover());
  private static final InMemoryPlaylists PLAYLISTS = new InMemoryPlaylists(Clock.systemUTC());
  private static final ResourceExtension RESOURCES = RestResources.extension(
      RestResources.ports(CATALOG.useCases, PLAYLISTS.useCases, PLAYLISTS.transfers, COVERS),
      new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, PlaylistFixtures::caller, "test", 0, MAX));

  private AlbumId album;

  @BeforeEach
  void freshAlbum() {
    album = AlbumId.generate(Clock.systemUTC());
    CATALOG.albums.add(Album.create(album, new AlbumDetails("Kind of Blue", "Miles Davis", 1959),
        Instant.parse("2026-01-02T03:04:05Z")));
    UPLOADS.set(0);
  }

  private String coverPath() {
    return "/api/v1/albums/" + album + "/cover";
  }

  private Invocation.Builder asAdmin(String path) {
    return RESOURCES.target(path).request(MediaType.APPLICATION_JSON).header(USER_HEADER, UUID.randomUUID().toString())
        .header(ADMIN_HEADER, "yes");
  }

  private Invocation.Builder asUser(String path) {
    return RESOURCES.target(path).request(MediaType.APPLICATION_JSON).header(USER_HEADER, UUID.randomUUID().toString());
  }

  private static Entity<byte[]> raw(byte[] bytes, String type) {
    return Entity.entity(bytes, type);
  }

  /** A multipart/form-data body with one file field, written out as a browser would. */
  private static Entity<byte[]> multipart(String field, byte[] bytes, String partType) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"cover.bin\"\r\n"
        + "Content-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return Entity.entity(out.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY);
  }

  private static String digest(byte[] image) {
    return CoverImage.of(image).sha256();
  }

  private boolean storedUnderAlbum() {
    return CATALOG.blobs.keys().stream().anyMatch(k -> k.startsWith("covers/" + album + "/"));
  }

  // ------------------------------------------------------------------------------------------ upload

  @Test
  void aMultipartUploadStoresTheImageAndAnswersTheAlbumWithItsVersionedCoverUrl() {
    byte[] png = CoverImages.png(11);

    Response response = asAdmin(coverPath()).put(multipart("cover", png, "image/png"));

    assertThat(response.getStatus()).isEqualTo(200);
    // The album's own entity tag: version 2 (the cover changed it), no songs, then the figures.
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).startsWith("\"2-0-");
    JsonNode body = json(response);
    assertThat(body.path("id").asText()).isEqualTo(album.toString());
    assertThat(body.path("version").asLong()).isEqualTo(2);
    assertThat(body.path("coverUrl").asText()).isEqualTo(coverPath() + "?v=" + digest(png));
    String key = CATALOG.albums.findById(album).orElseThrow().coverKey().orElseThrow();
    assertThat(key).startsWith("covers/" + album + "/" + digest(png) + "-").endsWith(".png");
    assertThat(CATALOG.blobs.get(key)).hasValueSatisfying(o -> {
      assertThat(o.bytes()).isEqualTo(png);
      assertThat(o.contentType()).isEqualTo("image/png");
    });
    assertThat(UPLOADS).hasValue(1);
  }

  @Test
  void theAlbumItselfShowsTheVersionedCoverUrl() {
    byte[] jpeg = CoverImages.jpeg(12);
    asAdmin(coverPath()).put(raw(jpeg, "image/jpeg")).close();

    JsonNode album = json(RESOURCES.target("/api/v1/albums/" + this.album).request().get());

    assertThat(album.path("coverUrl").asText()).isEqualTo(coverPath() + "?v=" + digest(jpeg));
  }

  @Test
  void aRawImageBodyIsTakenWhateverImageTypeItIsLabelledWithAndReplacesTheOldCover() {
    byte[] jpeg = CoverImages.jpeg(13);
    byte[] webp = CoverImages.webp(13);

    Response first = asAdmin(coverPath()).put(raw(jpeg, "image/png"));
    Response second = asAdmin(coverPath()).put(raw(webp, MediaType.APPLICATION_OCTET_STREAM));

    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(second.getStatus()).isEqualTo(200);
    assertThat(json(second).path("coverUrl").asText()).isEqualTo(coverPath() + "?v=" + digest(webp));
    String key = CATALOG.albums.findById(album).orElseThrow().coverKey().orElseThrow();
    assertThat(key).startsWith("covers/" + album + "/" + digest(webp) + "-").endsWith(".webp");
    assertThat(CATALOG.blobs.keys()).filteredOn(k -> k.startsWith("covers/" + album + "/")).containsExactly(key);
    assertThat(CATALOG.blobs.get(key).orElseThrow().contentType()).isEqualTo("image/webp");
  }

  @Test
  void anImageOfExactlyTheLimitIsTaken() {
    Response response = asAdmin(coverPath()).put(raw(CoverImages.pngOfSize(MAX, 14), "image/png"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(storedUnderAlbum()).isTrue();
  }

  @Test
  void aRawImageOverTheLimitIs413AndNeverReachesTheUseCase() {
    JsonNode problem = problem(asAdmin(coverPath()).put(raw(CoverImages.pngOfSize(MAX + 1, 15), "image/png")), 413,
        "/problems/payload-too-large");

    assertThat(problem.path("detail").asText()).contains(Integer.toString(MAX));
    assertThat(UPLOADS).hasValue(0);
    assertThat(storedUnderAlbum()).isFalse();
  }

  @Test
  void aMultipartImageOverTheLimitIs413AndNeverReachesTheUseCase() {
    problem(asAdmin(coverPath()).put(multipart("cover", CoverImages.pngOfSize(MAX + 1, 16), "image/png")), 413,
        "/problems/payload-too-large");

    assertThat(UPLOADS).hasValue(0);
    assertThat(storedUnderAlbum()).isFalse();
  }

  @Test
  void aMultipartBodyFarOverTheLimitIs413() {
    problem(asAdmin(coverPath()).put(multipart("cover", CoverImages.pngOfSize(MAX * 8, 17), "image/png")), 413,
        "/problems/payload-too-large");

    assertThat(UPLOADS).hasValue(0);
  }

  @Test
  void aTextFileLabelledAsAnImageIs422AndNothingIsStored() {
    JsonNode rawProblem = problem(asAdmin(coverPath()).put(raw(CoverImages.text(), "image/jpeg")), 422,
        "/problems/validation");
    JsonNode partProblem = problem(asAdmin(coverPath()).put(multipart("cover", CoverImages.text(), "image/jpeg")),
        422, "/problems/validation");

    for (JsonNode p : new JsonNode[] {rawProblem, partProblem}) {
      assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo("cover");
      assertThat(p.path("errors").get(0).path("message").asText()).isEqualTo("must be a JPEG, PNG or WebP image");
    }
    assertThat(storedUnderAlbum()).isFalse();
    assertThat(CATALOG.albums.findById(album).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aMultipartBodyWithoutTheCoverFieldIs422() {
    JsonNode problem = problem(asAdmin(coverPath()).put(multipart("image", CoverImages.png(18), "image/png")), 422,
        "/problems/validation");

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("cover");
    assertThat(UPLOADS).hasValue(0);
  }

  @Test
  void aBodyThatIsNeitherMultipartNorAnImageIs415() {
    JsonNode problem = problem(asAdmin(coverPath()).put(raw(CoverImages.png(19), MediaType.TEXT_PLAIN)), 415,
        "/problems/unsupported-media-type");

    assertThat(problem.path("detail").asText()).contains("text/plain", "multipart/form-data", "image/png");
    assertThat(UPLOADS).hasValue(0);
  }

  @Test
  void uploadingToAnUnknownAlbumIs404AndStoresNothing() {
    String unknown = "/api/v1/albums/" + AlbumId.generate(Clock.systemUTC()) + "/cover";

    problem(asAdmin(unknown).put(raw(CoverImages.png(20), "image/png")), 404, "/problems/not-found");
    problem(asAdmin("/api/v1/albums/not-an-id/cover").put(raw(CoverImages.png(20), "image/png")), 404,
        "/problems/not-found");

    assertThat(CATALOG.blobs.keys()).noneMatch(k -> k.contains(digest(CoverImages.png(20))));
  }

  @Test
  void anIfMatchThatIsNotTheCurrentVersionIs412() {
    Response stale = asAdmin(coverPath()).header(HttpHeaders.IF_MATCH, "\"7-0\"")
        .put(raw(CoverImages.png(21), "image/png"));
    String current = stale.getHeaderString(HttpHeaders.ETAG);
    JsonNode problem = problem(stale, 412, "/problems/precondition-failed");
    assertThat(problem.path("code").asText()).isEqualTo("StaleVersion");
    assertThat(problem.path("current").path("version").asLong()).as("the album as it is now").isEqualTo(1);
    assertThat(current).startsWith("\"1-");
    assertThat(storedUnderAlbum()).isFalse();
    JsonNode staleRemoval = problem(asAdmin(coverPath()).header(HttpHeaders.IF_MATCH, "\"7-0\"").delete(), 412,
        "/problems/precondition-failed");
    assertThat(staleRemoval.path("current").path("id").asText()).isEqualTo(album.toString());

    Response matching = asAdmin(coverPath()).header(HttpHeaders.IF_MATCH, "\"1-0\"")
        .put(raw(CoverImages.png(21), "image/png"));
    assertThat(matching.getStatus()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------ who may

  @Test
  void anAnonymousUploadIs401AndAUserWithoutTheCuratorRoleIs403() {
    Response anonymous = RESOURCES.target(coverPath()).request(MediaType.APPLICATION_JSON)
        .put(raw(CoverImages.png(22), "image/png"));
    String challenge = anonymous.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
    problem(anonymous, 401, "/problems/unauthorized");
    assertThat(challenge).startsWith("Bearer");
    problem(asUser(coverPath()).put(multipart("cover", CoverImages.png(22), "image/png")), 403,
        "/problems/forbidden");
    problem(asUser(coverPath()).delete(), 403, "/problems/forbidden");
    problem(RESOURCES.target(coverPath()).request().delete(), 401, "/problems/unauthorized");

    assertThat(storedUnderAlbum()).isFalse();
    assertThat(CATALOG.albums.findById(album).orElseThrow().version()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------ download

  @Test
  void getServesTheImageWithItsTypeAndDigestAsEtagForRevalidation() {
    byte[] png = CoverImages.png(23);
    asAdmin(coverPath()).put(raw(png, "image/png")).close();

    Response response = RESOURCES.target(coverPath()).request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().toString()).isEqualTo("image/png");
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"" + digest(png) + "\"");
    assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
    assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.readEntity(byte[].class)).isEqualTo(png);
  }

  @Test
  void theVersionedUrlMayBeCachedForAYearButAStaleVersionMayNot() {
    byte[] first = CoverImages.png(24);
    byte[] second = CoverImages.jpeg(24);
    asAdmin(coverPath()).put(raw(first, "image/png")).close();
    asAdmin(coverPath()).put(raw(second, "image/jpeg")).close();

    Response current = RESOURCES.target(coverPath()).queryParam("v", digest(second)).request().get();
    Response stale = RESOURCES.target(coverPath()).queryParam("v", digest(first)).request().get();

    assertThat(current.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=31536000, immutable");
    assertThat(current.getHeaderString(HttpHeaders.VARY)).as("the same image for everyone").isNull();
    assertThat(current.readEntity(byte[].class)).isEqualTo(second);
    assertThat(stale.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
    assertThat(stale.getMediaType().toString()).isEqualTo("image/jpeg");
    assertThat(stale.readEntity(byte[].class)).isEqualTo(second);
  }

  @Test
  void ifNoneMatchWithTheDigestAnswers304() {
    byte[] webp = CoverImages.webp(25);
    asAdmin(coverPath()).put(raw(webp, "image/webp")).close();
    String etag = "\"" + digest(webp) + "\"";

    Response notModified = RESOURCES.target(coverPath()).request().header(HttpHeaders.IF_NONE_MATCH, etag).get();
    Response modified = RESOURCES.target(coverPath()).request()
        .header(HttpHeaders.IF_NONE_MATCH, "\"" + digest(CoverImages.webp(26)) + "\"").get();

    assertThat(notModified.getStatus()).isEqualTo(304);
    assertThat(notModified.getHeaderString(HttpHeaders.ETAG)).isEqualTo(etag);
    assertThat(modified.getStatus()).isEqualTo(200);
  }

  @Test
  void getOfAnAlbumWithoutCoverOrOfAnUnknownAlbumIs404() {
    JsonNode none = problem(RESOURCES.target(coverPath()).request().get(), 404, "/problems/not-found");
    problem(RESOURCES.target("/api/v1/albums/" + AlbumId.generate(Clock.systemUTC()) + "/cover").request().get(),
        404, "/problems/not-found");

    assertThat(none.path("code").asText()).isEqualTo("AlbumCoverNotFound");
  }

  // ------------------------------------------------------------------------------------------ remove

  @Test
  void deleteRemovesTheCoverAndIs204EvenWhenThereIsNone() {
    asAdmin(coverPath()).put(raw(CoverImages.png(27), "image/png")).close();

    Response removed = asAdmin(coverPath()).delete();
    Response again = asAdmin(coverPath()).delete();

    assertThat(removed.getStatus()).isEqualTo(204);
    assertThat(again.getStatus()).isEqualTo(204);
    assertThat(storedUnderAlbum()).isFalse();
    assertThat(json(RESOURCES.target("/api/v1/albums/" + album).request().get()).path("coverUrl").isNull()).isTrue();
    problem(RESOURCES.target(coverPath()).request().get(), 404, "/problems/not-found");
    assertThat(CATALOG.albums.findById(album).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void deletingTheAlbumRemovesItsCover() {
    asAdmin(coverPath()).put(raw(CoverImages.png(28), "image/png")).close();
    assertThat(storedUnderAlbum()).isTrue();

    assertThat(asAdmin("/api/v1/albums/" + album).delete().getStatus()).isEqualTo(204);

    assertThat(storedUnderAlbum()).isFalse();
  }
}
