package dev.cadenza.domain.shared.port.out;

import dev.cadenza.domain.shared.model.StoredObject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Object storage for binary content (album covers, exported playlist files). Keys are relative
 * paths of lowercase letters, digits, {@code -}, {@code _}, {@code .} and {@code /} segments, never
 * starting with {@code /} and never containing {@code ..}; adapters reject any other key with an
 * {@link IllegalArgumentException}, in every method. Adapters may also refuse a segment that is a
 * lone {@code .} (on a file system it names the same file as the key without it) and very long keys
 * or segments, so callers should use neither.
 *
 * <p>A store keeps its own copy of the bytes it is given, and hands out a fresh copy on every
 * {@link #get}. Other failures (the storage cannot be reached, the disk is full) are unchecked
 * exceptions of the adapter's choosing.
 *
 * <p>Calls do I/O and never join a database transaction: services write an object before the
 * transaction that references it, and remove the objects it no longer references after commit.
 */
public interface BlobStore {

  /** Stores {@code bytes} under {@code key}, replacing any object already there. */
  void put(String key, byte[] bytes, String contentType);

  /** The object under {@code key}, or empty when there is none. */
  Optional<StoredObject> get(String key);

  /** Removes the object under {@code key}; removing a missing object is not an error. */
  void delete(String key);

  /**
   * A time-limited URL a client can GET the object from directly, when the store can sign one
   * (S3); empty when the service itself must serve the bytes (the file system). Signing does not
   * check that the object exists; a URL for a missing object answers 404 (or 403) when used.
   */
  Optional<URI> signedUrl(String key, Duration validFor);

  /** Fails with an unchecked exception when the store cannot be reached; used by health checks. */
  void check();

  /** A short name of the technology, for status pages: {@code filesystem}, {@code s3}. */
  String kind();
}
