package dev.cadenza.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.testing.contract.AbstractBlobStoreContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * The S3 adapter against a real S3-compatible server: S3Proxy, started in this JVM on a free
 * loopback port over jclouds' in-memory ("transient") storage, checking AWS Signature V4 with a test
 * identity. Each contract test gets a bucket of its own.
 */
class S3BlobStoreTest extends AbstractBlobStoreContract {

  private static final String IDENTITY = "cadenza-test";
  private static final String CREDENTIAL = "cadenza-test-secret";
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private static RunningS3 server;

  private final List<S3BlobStore> opened = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** An S3Proxy with its own in-memory storage; {@link #close()} stops it. */
  static final class RunningS3 implements AutoCloseable {
    final S3Proxy proxy;
    final BlobStoreContext storage;
    final URI endpoint;

    RunningS3() throws Exception {
      storage = ContextBuilder.newBuilder("transient")
          .credentials("unused", "unused")
          .build(BlobStoreContext.class);
      proxy = S3Proxy.builder()
          .blobStore(storage.getBlobStore())
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
          .endpoint(URI.create("http://127.0.0.1:0"))
          .build();
      proxy.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        Thread.sleep(10);
      }
      endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @Override
    public void close() {
      try {
        proxy.stop();
      } catch (Exception e) {
        throw new IllegalStateException("S3Proxy did not stop", e);
      } finally {
        storage.close();
      }
    }
  }

  @BeforeAll
  static void startServer() throws Exception {
    server = new RunningS3();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeStores() {
    opened.forEach(S3BlobStore::close);
  }

  private static S3Settings settings(URI endpoint, String bucket) {
    return S3Settings.compatible(endpoint, bucket, IDENTITY, CREDENTIAL);
  }

  /** Settings for a bucket on {@link RunningS3}, for the other tests of this package. */
  static S3Settings settingsFor(URI endpoint, String bucket) {
    return settings(endpoint, bucket);
  }

  private static String newBucket() {
    return "bucket-" + BUCKETS.incrementAndGet();
  }

  private S3BlobStore open(S3Settings settings) {
    S3BlobStore store = S3BlobStore.create(settings);
    opened.add(store);
    return store;
  }

  @Override
  protected BlobStore store() {
    S3BlobStore store = open(settings(server.endpoint, newBucket()));
    store.ensureBucket();
    return store;
  }

  private S3BlobStore s3() {
    return (S3BlobStore) blobs;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> httpGet(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  // --- signed URLs ------------------------------------------------------------------------------

  @Test
  void a_signed_url_serves_the_object_to_a_plain_http_get() throws Exception {
    byte[] bytes = new byte[300 * 1024];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    blobs.put("covers/abc/def.png", bytes, "image/png");

    URI url = blobs.signedUrl("covers/abc/def.png", Duration.ofMinutes(5)).orElseThrow();

    assertThat(url.getHost()).isEqualTo("127.0.0.1");
    assertThat(url.getPath()).isEqualTo("/" + s3().bucket() + "/covers/abc/def.png");
    assertThat(url.getQuery()).contains("X-Amz-Signature=", "X-Amz-Expires=300");
    HttpResponse<byte[]> response = httpGet(url);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(bytes);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
  }

  @Test
  void a_url_without_a_valid_signature_is_refused() throws Exception {
    blobs.put("covers/private.png", utf8("private"), "image/png");
    blobs.put("covers/other.png", utf8("other"), "image/png");
    URI url = blobs.signedUrl("covers/private.png", Duration.ofMinutes(5)).orElseThrow();

    URI unsigned = URI.create(server.endpoint + "/" + s3().bucket() + "/covers/private.png");
    URI otherObject = URI.create(url.toString().replace("covers/private.png", "covers/other.png"));
    String query = url.getRawQuery();
    int at = query.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
    char flipped = query.charAt(at) == '0' ? '1' : '0';
    URI badSignature = URI.create(url.toString().replace(query,
        query.substring(0, at) + flipped + query.substring(at + 1)));

    assertThat(httpGet(url).statusCode()).isEqualTo(200);
    assertThat(httpGet(unsigned).statusCode()).isEqualTo(403);
    assertThat(httpGet(otherObject).statusCode()).isEqualTo(403);
    assertThat(httpGet(badSignature).statusCode()).isEqualTo(403);
  }

  @Test
  void an_expired_signed_url_is_refused() throws Exception {
    blobs.put("covers/short.png", utf8("short-lived"), "image/png");
    URI url = blobs.signedUrl("covers/short.png", Duration.ofSeconds(1)).orElseThrow();

    Thread.sleep(2_100);

    assertThat(httpGet(url).statusCode()).isEqualTo(403);
  }

  @Test
  void a_signed_url_lasts_more_than_nothing_and_at_most_seven_days() {
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(7).plusSeconds(1))) {
      assertThatThrownBy(() -> blobs.signedUrl("covers/a.png", bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(blobs.signedUrl("covers/a.png", Duration.ofDays(7))).isPresent();
  }

  // --- health and buckets -----------------------------------------------------------------------

  @Test
  void check_fails_quickly_for_a_missing_bucket() {
    S3BlobStore missing = open(settings(server.endpoint, "no-such-bucket"));

    long started = System.nanoTime();
    assertThatThrownBy(missing::check).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'no-such-bucket' does not exist");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void reading_from_a_missing_bucket_is_an_error_not_an_absent_object() {
    S3BlobStore missing = open(settings(server.endpoint, "no-such-bucket"));

    assertThatThrownBy(() -> missing.get("covers/a.png")).isInstanceOf(NoSuchBucketException.class);
  }

  @Test
  void check_fails_quickly_once_the_server_is_stopped() throws Exception {
    S3BlobStore store;
    try (RunningS3 other = new RunningS3()) {
      store = open(settings(other.endpoint, "short-lived"));
      store.ensureBucket();
      store.check();
    }

    long started = System.nanoTime();
    assertThatThrownBy(store::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("not reachable");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void wrong_credentials_fail_the_check_and_every_call() {
    S3BlobStore intruder = open(S3Settings.compatible(server.endpoint, s3().bucket(), IDENTITY, "wrong-secret"));

    assertThatThrownBy(intruder::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 403");
    assertThatThrownBy(() -> intruder.put("covers/x.png", utf8("x"), "image/png")).isInstanceOf(SdkException.class);
    assertThat(blobs.get("covers/x.png")).isEmpty();
  }

  @Test
  void ensure_bucket_creates_a_missing_bucket_once_and_keeps_its_objects() {
    S3BlobStore fresh = open(settings(server.endpoint, newBucket()));
    assertThatThrownBy(fresh::check).isInstanceOf(IllegalStateException.class);

    fresh.ensureBucket();
    fresh.put("covers/a.png", utf8("kept"), "image/png");
    fresh.ensureBucket();

    assertThatCode(fresh::check).doesNotThrowAnyException();
    assertThat(fresh.get("covers/a.png").map(StoredObject::bytes)).hasValue(utf8("kept"));
  }

  @Test
  void the_key_prefix_keeps_objects_in_a_folder_of_the_bucket() {
    S3BlobStore prefixed = open(settings(server.endpoint, s3().bucket()).withKeyPrefix("/tenant-a/"));

    prefixed.put("covers/a.png", utf8("in the folder"), "image/png");

    assertThat(blobs.get("tenant-a/covers/a.png").map(StoredObject::bytes)).hasValue(utf8("in the folder"));
    assertThat(blobs.get("covers/a.png")).isEmpty();
    StoredObject seen = prefixed.get("covers/a.png").orElseThrow();
    assertThat(seen.key()).isEqualTo("covers/a.png");
    assertThat(prefixed.signedUrl("covers/a.png", Duration.ofMinutes(1)).orElseThrow().getPath())
        .isEqualTo("/" + s3().bucket() + "/tenant-a/covers/a.png");

    prefixed.delete("covers/a.png");
    assertThat(blobs.get("tenant-a/covers/a.png")).isEmpty();
  }

  @Test
  void the_kind_is_s3() {
    assertThat(blobs.kind()).isEqualTo("s3");
  }
}
