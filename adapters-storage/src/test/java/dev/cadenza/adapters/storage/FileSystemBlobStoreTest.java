package dev.cadenza.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.testing.contract.AbstractBlobStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends AbstractBlobStoreContract {

  @TempDir
  Path temp;

  private Path root;

  @Override
  protected BlobStore store() {
    root = temp.resolve("blobs");
    return new FileSystemBlobStore(root);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every regular file below {@code dir}, as paths relative to it with {@code /}. */
  private static List<String> filesBelow(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static boolean isTemporary(String relativePath) {
    return relativePath.contains("~put-");
  }

  // --- layout -----------------------------------------------------------------------------------

  @Test
  void an_object_is_a_plain_file_at_its_key_with_its_content_type_beside_it() throws IOException {
    blobs.put("covers/abc/def.png", utf8("png bytes"), "image/png");

    assertThat(Files.readAllBytes(root.resolve("covers/abc/def.png"))).isEqualTo(utf8("png bytes"));
    assertThat(filesBelow(root)).containsExactly("covers/abc/def.png", "covers/abc/def.png~content-type");
    String companion = Files.readString(root.resolve("covers/abc/def.png~content-type"));
    assertThat(companion).contains("content-type=image/png");
    assertThat(BlobKeys.isValid("covers/abc/def.png~content-type")).as("a companion name is never a key").isFalse();
  }

  @Test
  void a_file_put_there_by_hand_reads_as_an_octet_stream() throws IOException {
    Files.createDirectories(root.resolve("imports"));
    Files.write(root.resolve("imports/dropped.bin"), new byte[] {1, 2, 3});

    StoredObject o = blobs.get("imports/dropped.bin").orElseThrow();

    assertThat(o.contentType()).isEqualTo(FileSystemBlobStore.DEFAULT_CONTENT_TYPE);
    assertThat(o.bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void the_root_is_created_with_its_parents() {
    Path nested = temp.resolve("x/y/z");

    FileSystemBlobStore store = new FileSystemBlobStore(nested);

    assertThat(nested).isDirectory();
    assertThat(store.root()).isEqualTo(nested.toAbsolutePath().normalize());
    assertThatCode(store::check).doesNotThrowAnyException();
  }

  @Test
  void a_root_that_is_a_file_is_refused() throws IOException {
    Path file = Files.writeString(temp.resolve("plain-file"), "x");

    assertThatThrownBy(() -> new FileSystemBlobStore(file)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void content_survives_a_new_store_on_the_same_folder() {
    blobs.put("covers/kept.jpg", utf8("kept"), "image/jpeg");

    FileSystemBlobStore reopened = new FileSystemBlobStore(root);

    StoredObject o = reopened.get("covers/kept.jpg").orElseThrow();
    assertThat(o.bytes()).isEqualTo(utf8("kept"));
    assertThat(o.contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void delete_removes_the_emptied_folders_but_not_the_root_or_a_folder_still_in_use() throws IOException {
    blobs.put("a/b/c/one.txt", utf8("1"), "text/plain");
    blobs.put("a/two.txt", utf8("2"), "text/plain");

    blobs.delete("a/b/c/one.txt");

    assertThat(root.resolve("a/b")).doesNotExist();
    assertThat(root.resolve("a")).isDirectory();
    assertThat(filesBelow(root)).containsExactly("a/two.txt", "a/two.txt~content-type");

    blobs.delete("a/two.txt");

    assertThat(root).isDirectory();
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void a_key_cannot_be_both_an_object_and_the_folder_of_other_objects() {
    blobs.put("exports/x", utf8("object"), "text/plain");
    blobs.put("covers/abc/def.png", utf8("deep"), "image/png");

    assertThatThrownBy(() -> blobs.put("exports/x/y", utf8("below an object"), "text/plain"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("exports/x is an object");
    assertThatThrownBy(() -> blobs.put("covers/abc", utf8("over a folder"), "text/plain"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("folder of other objects");

    assertThat(blobs.get("exports/x/y")).isEmpty();
    assertThat(blobs.get("covers/abc")).isEmpty();
    assertThatCode(() -> blobs.delete("exports/x/y")).doesNotThrowAnyException();
    assertThatCode(() -> blobs.delete("covers/abc")).doesNotThrowAnyException();
    assertThat(blobs.get("exports/x").orElseThrow().bytes()).isEqualTo(utf8("object"));
    assertThat(blobs.get("covers/abc/def.png").orElseThrow().bytes()).isEqualTo(utf8("deep"));
  }

  @Test
  void a_lone_dot_segment_is_rejected_so_two_keys_never_share_a_file() {
    assertThatThrownBy(() -> blobs.put("a/./b", utf8("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.put(".", utf8("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signed_urls_are_not_offered_and_the_kind_is_filesystem() {
    blobs.put("covers/a.png", utf8("x"), "image/png");

    assertThat(blobs.signedUrl("covers/a.png", Duration.ofMinutes(5))).isEmpty();
    assertThat(blobs.kind()).isEqualTo("filesystem");
  }

  // --- health -----------------------------------------------------------------------------------

  @Test
  void check_fails_when_the_root_is_gone_and_leaves_nothing_behind_when_it_passes() throws IOException {
    blobs.check();
    assertThat(filesBelow(root)).isEmpty();

    Files.delete(root);

    assertThatThrownBy(blobs::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
  }

  @Test
  void check_fails_when_the_root_was_replaced_by_a_file() throws IOException {
    Files.delete(root);
    Files.writeString(root, "not a folder");

    assertThatThrownBy(blobs::check).isInstanceOf(IllegalStateException.class);
  }

  // --- atomic writes ----------------------------------------------------------------------------

  @Test
  void puts_and_overwrites_leave_no_temporary_files() throws IOException {
    for (int i = 0; i < 20; i++) {
      blobs.put("covers/c" + (i % 3) + ".png", new byte[1000 * i], "image/png");
      blobs.put("deep/er/f" + (i % 2), utf8("v" + i), "text/plain");
    }
    blobs.delete("deep/er/f0");

    List<String> files = filesBelow(root);
    assertThat(files).noneMatch(FileSystemBlobStoreTest::isTemporary);
    assertThat(files).containsExactly(
        "covers/c0.png", "covers/c0.png~content-type",
        "covers/c1.png", "covers/c1.png~content-type",
        "covers/c2.png", "covers/c2.png~content-type",
        "deep/er/f1", "deep/er/f1~content-type");
  }

  /** A payload whose every byte and whose length tell which writer wrote it. */
  private static byte[] payload(int writer) {
    byte[] bytes = new byte[64 * 1024 + writer * 7919];
    Arrays.fill(bytes, (byte) writer);
    return bytes;
  }

  /** Null when {@code bytes} is exactly one writer's payload, else what is wrong with it. */
  private static String wrongPayload(byte[] bytes, int writers) {
    if (bytes.length == 0) {
      return "empty";
    }
    int writer = bytes[0];
    if (writer < 0 || writer >= writers) {
      return "unknown writer " + writer;
    }
    if (bytes.length != payload(writer).length) {
      return "length " + bytes.length + " for writer " + writer;
    }
    for (byte b : bytes) {
      if (b != writer) {
        return "mixed bytes";
      }
    }
    return null;
  }

  @Test
  void concurrent_puts_of_one_key_leave_one_whole_object_and_readers_never_see_half_of_one() throws Exception {
    int writers = 4;
    blobs.put("hot/key.bin", payload(0), "application/x-writer-0");
    List<String> problems = hammer(List.of(blobs), writers, true);

    assertThat(problems).isEmpty();
    StoredObject last = blobs.get("hot/key.bin").orElseThrow();
    assertThat(wrongPayload(last.bytes(), writers)).isNull();
    assertThat(last.contentType()).isEqualTo("application/x-writer-" + last.bytes()[0]);
    assertThat(filesBelow(root)).containsExactly("hot/key.bin", "hot/key.bin~content-type");
  }

  @Test
  void readers_never_see_half_an_object_even_across_store_instances_on_one_folder() throws Exception {
    int writers = 4;
    blobs.put("hot/key.bin", payload(0), "application/x-writer-0");
    List<BlobStore> instances = List.of(blobs, new FileSystemBlobStore(root), new FileSystemBlobStore(root));

    // separate instances share no lock, so only the atomic rename keeps the bytes whole
    List<String> problems = hammer(instances, writers, false);

    assertThat(problems).isEmpty();
    assertThat(filesBelow(root)).noneMatch(FileSystemBlobStoreTest::isTemporary);
  }

  /**
   * Runs {@code writers} threads that each put their payload 40 times (writer {@code i} through
   * instance {@code i % size}) while two readers keep reading; returns what the readers found wrong.
   */
  private static List<String> hammer(List<BlobStore> instances, int writers, boolean checkContentType)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        BlobStore store = instances.get(w % instances.size());
        writes.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 40; i++) {
            store.put("hot/key.bin", payload(writer), "application/x-writer-" + writer);
          }
          return null;
        }));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        BlobStore store = instances.get(r % instances.size());
        readers.add(pool.submit(() -> {
          start.await();
          while (writing.get()) {
            Optional<StoredObject> seen = store.get("hot/key.bin");
            reads.incrementAndGet();
            if (seen.isEmpty()) {
              problems.add("object missing while being replaced");
              continue;
            }
            String wrong = wrongPayload(seen.get().bytes(), writers);
            if (wrong != null) {
              problems.add(wrong);
            } else if (checkContentType
                && !seen.get().contentType().equals("application/x-writer-" + seen.get().bytes()[0])) {
              problems.add("bytes of writer " + seen.get().bytes()[0] + " with " + seen.get().contentType());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : writes) {
        f.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      for (Future<?> f : readers) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
    assertThat(reads.get()).as("the readers ran").isPositive();
    return List.copyOf(problems);
  }

  // --- staying inside the root ------------------------------------------------------------------

  @Test
  void a_relative_key_cannot_reach_out_of_the_root() throws IOException {
    for (String key : List.of("../outside.txt", "../../outside.txt", "a/../../outside.txt", "/abs/outside.txt")) {
      assertThatThrownBy(() -> blobs.put(key, utf8("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(filesBelow(temp)).isEmpty();
  }

  private Path outsideFolderLinkedAs(String linkName) throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    try {
      Files.createSymbolicLink(root.resolve(linkName), outside);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not available here: " + e);
    }
    return outside;
  }

  @Test
  void a_folder_link_that_leads_out_of_the_root_is_refused() throws IOException {
    Path outside = outsideFolderLinkedAs("link");
    Files.writeString(outside.resolve("secret.txt"), "secret");

    assertThatThrownBy(() -> blobs.put("link/x.txt", utf8("x"), "text/plain"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.put("link/deeper/x.txt", utf8("x"), "text/plain"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.get("link/secret.txt")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.delete("link/secret.txt")).isInstanceOf(IllegalArgumentException.class);

    try (Stream<Path> left = Files.list(outside)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("secret.txt");
    }
    assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
  }

  @Test
  void a_file_link_that_leads_out_of_the_root_is_not_read_and_a_put_replaces_the_link_only() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
    try {
      Files.createSymbolicLink(root.resolve("leak.txt"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not available here: " + e);
    }

    assertThatThrownBy(() -> blobs.get("leak.txt")).isInstanceOf(IllegalArgumentException.class);

    blobs.put("leak.txt", utf8("mine"), "text/plain");

    assertThat(Files.readString(secret)).isEqualTo("secret");
    assertThat(Files.isSymbolicLink(root.resolve("leak.txt"))).isFalse();
    assertThat(blobs.get("leak.txt").orElseThrow().bytes()).isEqualTo(utf8("mine"));
  }

  @Test
  void a_root_that_is_itself_a_link_works() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real-root"));
    Path link = temp.resolve("root-link");
    try {
      Files.createSymbolicLink(link, real);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not available here: " + e);
    }
    FileSystemBlobStore store = new FileSystemBlobStore(link);

    store.put("covers/a.png", utf8("x"), "image/png");

    assertThat(store.get("covers/a.png").orElseThrow().bytes()).isEqualTo(utf8("x"));
    assertThat(real.resolve("covers/a.png")).exists();
    store.delete("covers/a.png");
    assertThat(real).isDirectory();
    try (Stream<Path> left = Files.list(real)) {
      assertThat(left).isEmpty();
    }
  }
}
