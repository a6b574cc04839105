package dev.cadenza.adapters.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link BlobStore} in a folder of the local file system: the embedded default, for a single
 * service instance (or instances sharing one POSIX file system).
 *
 * <h2>Layout</h2>
 * The object under key {@code covers/ab/c.png} is the plain file {@code <root>/covers/ab/c.png}
 * holding exactly its bytes, so an operator can inspect or back up the folder with ordinary tools.
 * Its content type is in the small properties file {@code <root>/covers/ab/c.png~content-type}
 * beside it. A file missing that companion reads as {@value #DEFAULT_CONTENT_TYPE}. While a put is
 * under way the folder may hold {@code ~put-<uuid>.tmp} files. Since {@code ~} is not allowed in
 * keys, neither kind of file can ever collide with an object.
 *
 * <h2>Consistency</h2>
 * Each file is written to a temporary file in its target's folder, forced to disk and moved over the
 * target with an atomic rename, so a reader never sees a partly written object and concurrent puts
 * of one key leave one of them whole. Within one store instance a striped read-write lock per key
 * also keeps the bytes and the content type of an object together; the content type is written
 * first, so a crash between the two renames can at worst pair old bytes with the new content type.
 * Emptied folders are removed on delete, up to (not including) the root.
 *
 * <h2>Limits</h2>
 * Files and folders share one name space, so a key cannot be both an object and the folder of other
 * objects ({@code exports/x} and {@code exports/x/y}): the second put fails with an
 * {@link UncheckedIOException}; reading or deleting such a key finds nothing. Paths never leave the
 * root: keys are checked by {@link BlobKeys}, and a symbolic link inside the root that leads out of
 * it makes the key be rejected.
 */
public final class FileSystemBlobStore implements BlobStore {

  /** The content type of a file that has no content-type companion (put there by hand). */
  public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  /** Suffix of the file that holds an object's content type, beside the object. */
  public static final String CONTENT_TYPE_SUFFIX = "~content-type";

  private static final String TEMP_PREFIX = "~put-";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final String CONTENT_TYPE_PROPERTY = "content-type";
  private static final int LOCK_STRIPES = 64;
  private static final int PUT_ATTEMPTS = 5;

  private final Path root;
  private final Path realRoot;
  private final ReadWriteLock[] locks = new ReadWriteLock[LOCK_STRIPES];

  /**
   * A store under {@code root}, which is created (with its parents) when missing.
   *
   * @throws UncheckedIOException when the folder cannot be created or is not a folder
   */
  public FileSystemBlobStore(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the blob store folder " + this.root, e);
    }
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new ReentrantReadWriteLock();
    }
  }

  /** The absolute folder the objects are kept in. */
  public Path root() {
    return root;
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) {
    Path file = fileFor(key);
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(contentType, "contentType");
    byte[] contentTypeFile = encodeContentType(contentType);
    Lock lock = lockFor(key).writeLock();
    lock.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          createFolderInsideRoot(key, file.getParent());
          writeAtomically(contentTypeFileOf(file), contentTypeFile);
          writeAtomically(file, bytes);
          return;
        } catch (NoSuchFileException e) {
          // A delete of a neighbour removed the folder between its creation and the write: retry.
          if (attempt == PUT_ATTEMPTS) {
            throw new UncheckedIOException("cannot store blob " + key, e);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot store blob " + key + explain(file), e);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<StoredObject> get(String key) {
    Path file = fileFor(key);
    Lock lock = lockFor(key).readLock();
    lock.lock();
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      requireInsideRoot(key, file.toRealPath());
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(new StoredObject(key, readContentType(contentTypeFileOf(file)), bytes));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // removed by another process since the check
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read blob " + key, e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void delete(String key) {
    Path file = fileFor(key);
    Lock lock = lockFor(key).writeLock();
    lock.lock();
    try {
      Path folder = file.getParent();
      if (!Files.isDirectory(folder) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        return; // no such object (a folder of other objects is not one)
      }
      requireInsideRoot(key, folder.toRealPath());
      Files.deleteIfExists(file);
      Files.deleteIfExists(contentTypeFileOf(file));
      removeEmptyFolders(folder);
    } catch (NoSuchFileException e) {
      // gone already
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete blob " + key, e);
    } finally {
      lock.unlock();
    }
  }

  /** Always empty: the service itself serves the bytes of a file system store. */
  @Override
  public Optional<URI> signedUrl(String key, Duration validFor) {
    BlobKeys.requireValid(key);
    return Optional.empty();
  }

  /**
   * Passes when the root is a folder in which a file can be created and removed.
   *
   * @throws IllegalStateException when the root is missing or not a folder
   * @throws UncheckedIOException when a file cannot be written there
   */
  @Override
  public void check() {
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("the blob store folder " + root + " is missing or not a folder");
    }
    Path probe = root.resolve("~check-" + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      Files.write(probe, new byte[] {1}, CREATE_NEW, WRITE);
      Files.delete(probe);
    } catch (IOException e) {
      throw new UncheckedIOException("the blob store folder " + root + " is not writable", e);
    }
  }

  @Override
  public String kind() {
    return "filesystem";
  }

  @Override
  public String toString() {
    return "FileSystemBlobStore[" + root + "]";
  }

  // ---------------------------------------------------------------------------------------------

  private Path fileFor(String key) {
    BlobKeys.requireValid(key);
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalArgumentException("invalid blob key (outside the store): " + key);
    }
    return file;
  }

  private static Path contentTypeFileOf(Path file) {
    return file.resolveSibling(file.getFileName() + CONTENT_TYPE_SUFFIX);
  }

  private ReadWriteLock lockFor(String key) {
    return locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
  }

  private void requireInsideRoot(String key, Path realPath) {
    if (!realPath.startsWith(realRoot)) {
      throw new IllegalArgumentException("invalid blob key (a link leads outside the store): " + key);
    }
  }

  /**
   * Creates {@code folder} below the root, after checking that the part of it that exists already
   * resolves (through any symbolic link) to a place inside the root, so that nothing is created
   * elsewhere.
   */
  private void createFolderInsideRoot(String key, Path folder) throws IOException {
    Path existing = folder;
    while (!existing.equals(root) && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    requireInsideRoot(key, existing.toRealPath());
    if (!existing.equals(folder)) {
      Files.createDirectories(folder);
      requireInsideRoot(key, folder.toRealPath());
    }
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, CREATE_NEW, WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private void removeEmptyFolders(Path folder) {
    Path current = folder;
    while (current != null && current.startsWith(root) && !current.equals(root)) {
      try {
        Files.delete(current);
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        return;
      } catch (IOException e) {
        return; // best effort: an empty folder left behind is harmless
      }
      current = current.getParent();
    }
  }

  private static byte[] encodeContentType(String contentType) {
    Properties properties = new Properties();
    properties.setProperty(CONTENT_TYPE_PROPERTY, contentType);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      properties.store(writer, "Cadenza blob metadata");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
    return out.toByteArray();
  }

  private static String readContentType(Path contentTypeFile) throws IOException {
    byte[] raw;
    try {
      raw = Files.readAllBytes(contentTypeFile);
    } catch (NoSuchFileException e) {
      return DEFAULT_CONTENT_TYPE;
    }
    Properties properties = new Properties();
    try (InputStream in = new ByteArrayInputStream(raw)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.getProperty(CONTENT_TYPE_PROPERTY, DEFAULT_CONTENT_TYPE);
  }

  private String explain(Path file) {
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      return " (the key is the folder of other objects)";
    }
    for (Path p = file.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
        return " (" + root.relativize(p).toString().replace('\\', '/') + " is an object, not a folder)";
      }
    }
    return "";
  }
}
