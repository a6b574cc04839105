package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.testing.builders.CoverImages;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Album covers through HTTP on real PostgreSQL with the file-system object store: upload (raw and
 * multipart), the cover URL served with its entity tag and long caching, replacement and removal
 * (old objects gone after commit), album deletion, and refusals that change nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CoversEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final Path DATA = tempDir();
  private static final String ADMIN = "cv-admin";
  private static final String ADMIN_PASSWORD = "cv-admin-password";
  private static final int MAX = 4096;

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, DATA.toString(),
      ConfigOverride.config("auth.adminUsername", ADMIN),
      ConfigOverride.config("auth.adminPassword", ADMIN_PASSWORD),
      ConfigOverride.config("storage.coverMaxBytes", Integer.toString(MAX)));

  private static final Client CLIENT = new Client(APP);
  private static String admin;

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-covers");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void signIn() {
    admin = CLIENT.token(ADMIN, ADMIN_PASSWORD, false);
  }

  private static HttpResponse<byte[]> put(String album, String token, byte[] body, String contentType) {
    return CLIENT.sendBytes("PUT", "/api/v1/albums/" + album + "/cover", token, body, contentType);
  }

  private static List<Path> objects(String album) {
    Path dir = DATA.resolve("blobs").resolve("covers").resolve(album);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> !f.getFileName().toString().contains("~")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] multipart(String boundary, byte[] image, String type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"c\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(image);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void aCoverIsUploadedServedReplacedAndRemoved() {
    String album = CLIENT.album(admin, "Kind of Blue");
    assertThat(Client.json(CLIENT.get("/api/v1/albums/" + album, null)).get("coverUrl").isNull()).isTrue();

    byte[] png = CoverImages.png(1);
    HttpResponse<byte[]> uploaded = put(album, admin, png, "image/png");
    assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    String coverUrl = Client.json(uploaded.body()).get("coverUrl").asText();
    assertThat(coverUrl).startsWith("/api/v1/albums/" + album + "/cover?v=");
    assertThat(objects(album)).hasSize(1);

    HttpResponse<byte[]> served = CLIENT.sendBytes("GET", coverUrl, null, null, null);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(png);
    assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(served.headers().firstValue("Cache-Control")).hasValueSatisfying(
        c -> assertThat(c).contains("max-age=31536000"));
    String etag = served.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = CLIENT.send("GET", CLIENT.url(coverUrl), null, null);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(CLIENT.sendBytes("GET", "/api/v1/albums/" + album + "/cover", null, null, null).headers()
        .firstValue("ETag")).contains(etag);

    byte[] jpeg = CoverImages.jpeg(2);
    String boundary = "cadenza-boundary";
    HttpResponse<byte[]> replaced = put(album, admin, multipart(boundary, jpeg, "image/jpeg"),
        "multipart/form-data; boundary=" + boundary);
    assertThat(replaced.statusCode()).as(new String(replaced.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    String newUrl = Client.json(replaced.body()).get("coverUrl").asText();
    assertThat(newUrl).isNotEqualTo(coverUrl);
    assertThat(CLIENT.sendBytes("GET", newUrl, null, null, null).body()).isEqualTo(jpeg);
    assertThat(objects(album)).as("the old object is removed after commit").hasSize(1)
        .allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".jpg"));

    assertThat(CLIENT.send("DELETE", CLIENT.url("/api/v1/albums/" + album + "/cover"), admin, null).statusCode())
        .isEqualTo(204);
    assertThat(Client.json(CLIENT.get("/api/v1/albums/" + album, null)).get("coverUrl").isNull()).isTrue();
    assertThat(CLIENT.get("/api/v1/albums/" + album + "/cover", null).statusCode()).isEqualTo(404);
    assertThat(objects(album)).isEmpty();
  }

  @Test
  void deletingTheAlbumRemovesItsCover() {
    String album = CLIENT.album(admin, "Going Away");
    assertThat(put(album, admin, CoverImages.webp(3), "image/webp").statusCode()).isEqualTo(200);
    assertThat(objects(album)).hasSize(1);

    assertThat(CLIENT.send("DELETE", CLIENT.url("/api/v1/albums/" + album), admin, null).statusCode()).isEqualTo(204);

    assertThat(objects(album)).isEmpty();
  }

  @Test
  void refusalsChangeNothing() {
    String album = CLIENT.album(admin, "Untouched");
    JsonNode before = Client.json(CLIENT.get("/api/v1/albums/" + album, null));

    HttpResponse<byte[]> text = put(album, admin, CoverImages.text(), "image/jpeg");
    assertThat(text.statusCode()).isIn(415, 422);
    assertThat(text.headers().firstValue("Content-Type")).contains("application/problem+json");
    HttpResponse<byte[]> big = put(album, admin, CoverImages.pngOfSize(MAX + 1, 4), "image/png");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(put(album, null, CoverImages.png(5), "image/png").statusCode()).isEqualTo(401);
    assertThat(put(album, CLIENT.newUser(), CoverImages.png(5), "image/png").statusCode()).isEqualTo(403);
    assertThat(put("00000000-0000-7000-8000-000000000000", admin, CoverImages.png(5), "image/png").statusCode())
        .isEqualTo(404);

    assertThat(Client.json(CLIENT.get("/api/v1/albums/" + album, null))).isEqualTo(before);
    assertThat(objects(album)).isEmpty();
  }
}
