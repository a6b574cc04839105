package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link BlobStore} must do. An adapter's test extends this class and returns a fresh,
 * empty store from {@link #store()}, which is called once before each test.
 */
public abstract class AbstractBlobStoreContract {

  /** Keys that break the port's rules, each for its own reason. */
  private static final String[] INVALID_KEYS = {
      "../x", "/abs", "a//b", "A.jpg", "a/../b", "..", "a/..", "a/", "covers/Abc.png", "a b", "a\\b",
      "a/./../b", "caf\u00e9.png", "a?b", "a%2fb"};

  protected BlobStore blobs;

  /** An empty store for one test. */
  protected abstract BlobStore store();

  @BeforeEach
  void freshStore() {
    blobs = store();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private StoredObject read(String key) {
    Optional<StoredObject> found = blobs.get(key);
    assertThat(found).as("object under %s", key).isPresent();
    return found.get();
  }

  @Test
  void put_then_get_returns_the_key_bytes_and_content_type() {
    blobs.put("covers/one.jpg", utf8("jpeg bytes"), "image/jpeg");

    StoredObject o = read("covers/one.jpg");

    assertThat(o.key()).isEqualTo("covers/one.jpg");
    assertThat(o.contentType()).isEqualTo("image/jpeg");
    assertThat(o.bytes()).isEqualTo(utf8("jpeg bytes"));
    assertThat(o.size()).isEqualTo(10);
  }

  @Test
  void a_content_type_with_parameters_round_trips() {
    blobs.put("exports/list.csv", utf8("a,b\n"), "text/csv; charset=utf-8");

    assertThat(read("exports/list.csv").contentType()).isEqualTo("text/csv; charset=utf-8");
  }

  @Test
  void put_replaces_the_bytes_and_the_content_type() {
    blobs.put("covers/one", utf8("first version, the longer one"), "image/png");
    blobs.put("covers/one", utf8("second"), "image/webp");

    StoredObject o = read("covers/one");
    assertThat(o.bytes()).isEqualTo(utf8("second"));
    assertThat(o.contentType()).isEqualTo("image/webp");
  }

  @Test
  void get_of_a_missing_key_is_empty() {
    assertThat(blobs.get("covers/missing.jpg")).isEmpty();
    assertThat(blobs.get("nothing-here")).isEmpty();
    assertThat(blobs.get("no/such/folder/deep.bin")).isEmpty();
  }

  @Test
  void delete_removes_the_object() {
    blobs.put("covers/gone.png", utf8("x"), "image/png");

    blobs.delete("covers/gone.png");

    assertThat(blobs.get("covers/gone.png")).isEmpty();
  }

  @Test
  void delete_is_idempotent_and_a_missing_key_is_no_error() {
    blobs.put("covers/twice.png", utf8("x"), "image/png");
    blobs.delete("covers/twice.png");

    assertThatCode(() -> blobs.delete("covers/twice.png")).doesNotThrowAnyException();
    assertThatCode(() -> blobs.delete("never/stored.png")).doesNotThrowAnyException();
    assertThat(blobs.get("covers/twice.png")).isEmpty();
  }

  @Test
  void a_deleted_key_can_be_stored_again() {
    blobs.put("covers/again.png", utf8("one"), "image/png");
    blobs.delete("covers/again.png");
    blobs.put("covers/again.png", utf8("two"), "image/gif");

    StoredObject o = read("covers/again.png");
    assertThat(o.bytes()).isEqualTo(utf8("two"));
    assertThat(o.contentType()).isEqualTo("image/gif");
  }

  static Stream<String> invalidKeys() {
    return Stream.of(INVALID_KEYS);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @MethodSource("invalidKeys")
  void invalid_keys_are_rejected_by_every_operation(String key) {
    assertThatThrownBy(() -> blobs.put(key, utf8("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.get(key)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.delete(key)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.signedUrl(key, Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_rejected_put_stores_nothing() {
    for (String key : INVALID_KEYS) {
      assertThatThrownBy(() -> blobs.put(key, utf8("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class);
    }
    // the nearest valid spellings of the keys above are still free
    assertThat(blobs.get("x")).isEmpty();
    assertThat(blobs.get("abs")).isEmpty();
    assertThat(blobs.get("a/b")).isEmpty();
    assertThat(blobs.get("b")).isEmpty();
  }

  @Test
  void every_allowed_character_is_accepted_in_a_key() {
    String key = "abc-xyz_0.9/q.r-s_t/.hidden/x";

    blobs.put(key, utf8("ok"), "text/plain");

    assertThat(read(key).bytes()).isEqualTo(utf8("ok"));
  }

  @Test
  void binary_content_with_all_256_byte_values_round_trips() {
    byte[] all = new byte[512];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) (255 - i % 256);
    }

    blobs.put("bin/all-bytes.bin", all, "application/octet-stream");

    assertThat(read("bin/all-bytes.bin").bytes()).isEqualTo(all);
  }

  @Test
  void an_empty_object_round_trips() {
    blobs.put("empty/zero.txt", new byte[0], "text/plain");

    StoredObject o = read("empty/zero.txt");
    assertThat(o.bytes()).isEmpty();
    assertThat(o.contentType()).isEqualTo("text/plain");
  }

  @Test
  void nested_keys_are_stored_and_deleted_independently_of_their_neighbours() {
    blobs.put("covers/abc/def.png", utf8("deep"), "image/png");
    blobs.put("covers/abc/ghi.png", utf8("sibling"), "image/png");
    blobs.put("covers/top.png", utf8("top"), "image/png");

    assertThat(read("covers/abc/def.png").bytes()).isEqualTo(utf8("deep"));

    blobs.delete("covers/abc/def.png");

    assertThat(blobs.get("covers/abc/def.png")).isEmpty();
    assertThat(read("covers/abc/ghi.png").bytes()).isEqualTo(utf8("sibling"));
    assertThat(read("covers/top.png").bytes()).isEqualTo(utf8("top"));
    assertThat(blobs.get("covers/abc")).isEmpty();
  }

  @Test
  void two_keys_are_independent() {
    blobs.put("a.txt", utf8("alpha"), "text/plain");
    blobs.put("b.txt", utf8("beta"), "text/markdown");

    blobs.put("b.txt", utf8("beta 2"), "text/html");
    assertThat(read("a.txt").bytes()).isEqualTo(utf8("alpha"));
    assertThat(read("a.txt").contentType()).isEqualTo("text/plain");

    blobs.delete("a.txt");
    assertThat(blobs.get("a.txt")).isEmpty();
    assertThat(read("b.txt").bytes()).isEqualTo(utf8("beta 2"));
    assertThat(read("b.txt").contentType()).isEqualTo("text/html");
  }

  @Test
  void keys_differing_only_in_a_suffix_do_not_collide() {
    blobs.put("covers/a", utf8("plain"), "text/plain");
    blobs.put("covers/a.png", utf8("png"), "image/png");
    blobs.put("covers/a.png.meta", utf8("meta"), "text/plain");
    blobs.put("covers/a.png.tmp", utf8("tmp"), "text/plain");

    assertThat(read("covers/a").bytes()).isEqualTo(utf8("plain"));
    assertThat(read("covers/a.png").bytes()).isEqualTo(utf8("png"));
    assertThat(read("covers/a.png").contentType()).isEqualTo("image/png");
    assertThat(read("covers/a.png.meta").bytes()).isEqualTo(utf8("meta"));
    assertThat(read("covers/a.png.tmp").bytes()).isEqualTo(utf8("tmp"));
  }

  @Test
  void a_600_kb_object_round_trips() {
    byte[] big = new byte[600 * 1024];
    new Random(42).nextBytes(big);

    blobs.put("exports/big.bin", big, "application/octet-stream");

    StoredObject o = read("exports/big.bin");
    assertThat(o.size()).isEqualTo(big.length);
    assertThat(o.bytes()).isEqualTo(big);
  }

  @Test
  void the_store_keeps_its_own_copy_of_the_bytes() {
    byte[] given = utf8("original");
    blobs.put("copy/me.txt", given, "text/plain");
    given[0] = 'X';

    byte[] first = read("copy/me.txt").bytes();
    first[1] = 'Y';

    assertThat(read("copy/me.txt").bytes()).isEqualTo(utf8("original"));
  }

  @Test
  void a_healthy_store_passes_its_check_and_names_its_kind() {
    assertThatCode(blobs::check).doesNotThrowAnyException();
    assertThat(blobs.kind()).isNotBlank().isEqualTo(blobs.kind().strip().toLowerCase(Locale.ROOT));
  }
}
