package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A {@link BlobStore} in a map, with the same key rules as the real adapters. */
public final class InMemoryBlobStore implements BlobStore {

  private static final Pattern KEY = Pattern.compile("[a-z0-9_.-]+(/[a-z0-9_.-]+)*");

  private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();

  @Override
  public void put(String key, byte[] bytes, String contentType) {
    objects.put(checked(key), new StoredObject(key, contentType, bytes.clone()));
  }

  @Override
  public Optional<StoredObject> get(String key) {
    StoredObject o = objects.get(checked(key));
    return o == null ? Optional.empty() : Optional.of(new StoredObject(o.key(), o.contentType(), o.bytes().clone()));
  }

  @Override
  public void delete(String key) {
    objects.remove(checked(key));
  }

  @Override
  public Optional<URI> signedUrl(String key, Duration validFor) {
    checked(key);
    return Optional.empty();
  }

  @Override
  public void check() {
  }

  @Override
  public String kind() {
    return "memory";
  }

  /** The keys held now, sorted. */
  public Set<String> keys() {
    return new TreeSet<>(objects.keySet());
  }

  /** Whether a key is well formed by the port's rules. */
  public static boolean isValidKey(String key) {
    return key != null && KEY.matcher(key).matches() && !key.contains("..");
  }

  private static String checked(String key) {
    if (!isValidKey(key)) {
      throw new IllegalArgumentException("invalid blob key: " + key);
    }
    return key;
  }
}
