package dev.cadenza.adapters.storage;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how {@link S3BlobStore} reaches its bucket.
 *
 * @param bucket the bucket's name (S3 naming rules: 3 to 63 lowercase letters, digits, {@code .}
 *     and {@code -}, starting and ending with a letter or digit)
 * @param region the signing region, such as {@code eu-central-1}; S3-compatible servers usually
 *     accept {@code us-east-1}
 * @param endpoint the server's base URL ({@code http://minio:9000}) for an S3-compatible server;
 *     empty for AWS, where the SDK derives it from the region
 * @param pathStyle address the bucket in the path ({@code http://host/bucket/key}) instead of the
 *     host name ({@code http://bucket.host/key}); most S3-compatible servers need it
 * @param accessKeyId with {@code secretAccessKey}, static credentials; when both are empty the SDK's
 *     default chain is used (environment, system properties, profile files, container and instance
 *     roles). A blank value counts as empty, so unset environment variables can be passed as they
 *     are.
 * @param secretAccessKey see {@code accessKeyId}; never shown by {@link #toString()}
 * @param keyPrefix a folder inside the bucket under which every key is stored ({@code cadenza}
 *     keeps {@code covers/a.png} at {@code cadenza/covers/a.png}); leading and trailing {@code /}
 *     are dropped, blank means none, and what remains must follow the {@link BlobKeys} rules
 */
public record S3Settings(
    String bucket,
    String region,
    Optional<URI> endpoint,
    boolean pathStyle,
    Optional<String> accessKeyId,
    Optional<String> secretAccessKey,
    Optional<String> keyPrefix) {

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  public S3Settings {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    bucket = bucket.strip();
    region = region.strip();
    if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
      throw new IllegalArgumentException("invalid S3 bucket name: '" + bucket + "'");
    }
    if (region.isEmpty()) {
      throw new IllegalArgumentException("the S3 region is required (us-east-1 suits most S3-compatible servers)");
    }
    endpoint.ifPresent(S3Settings::requireHttpUrl);
    accessKeyId = nonBlank(Objects.requireNonNull(accessKeyId, "accessKeyId"));
    secretAccessKey = nonBlank(Objects.requireNonNull(secretAccessKey, "secretAccessKey"));
    if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
      throw new IllegalArgumentException("give both the S3 access key id and the secret access key, or neither");
    }
    keyPrefix = normalizedPrefix(Objects.requireNonNull(keyPrefix, "keyPrefix"));
  }

  /** AWS S3 in {@code region} with the default credentials chain, virtual-host addressing, no prefix. */
  public static S3Settings aws(String bucket, String region) {
    return new S3Settings(bucket, region, Optional.empty(), false, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * An S3-compatible server (MinIO, S3Proxy, Ceph, Garage) at {@code endpoint} with path-style
   * addressing, region {@code us-east-1} and static credentials; no prefix.
   */
  public static S3Settings compatible(URI endpoint, String bucket, String accessKeyId, String secretAccessKey) {
    return new S3Settings(bucket, "us-east-1", Optional.of(endpoint), true, Optional.ofNullable(accessKeyId),
        Optional.ofNullable(secretAccessKey), Optional.empty());
  }

  /** The same settings with another bucket. */
  public S3Settings withBucket(String otherBucket) {
    return new S3Settings(otherBucket, region, endpoint, pathStyle, accessKeyId, secretAccessKey, keyPrefix);
  }

  /** The same settings with another key prefix (blank for none). */
  public S3Settings withKeyPrefix(String prefix) {
    return new S3Settings(bucket, region, endpoint, pathStyle, accessKeyId, secretAccessKey,
        Optional.ofNullable(prefix));
  }

  /** The same settings with other static credentials (both blank for the default chain). */
  public S3Settings withCredentials(String keyId, String secret) {
    return new S3Settings(bucket, region, endpoint, pathStyle, Optional.ofNullable(keyId),
        Optional.ofNullable(secret), keyPrefix);
  }

  /** Whether static credentials are set (otherwise the SDK's default chain is used). */
  public boolean hasStaticCredentials() {
    return accessKeyId.isPresent();
  }

  @Override
  public String toString() {
    return "S3Settings[bucket=" + bucket + ", region=" + region + ", endpoint=" + endpoint.map(URI::toString).orElse("(aws)")
        + ", pathStyle=" + pathStyle + ", accessKeyId=" + accessKeyId.orElse("(default chain)")
        + ", secretAccessKey=" + (secretAccessKey.isPresent() ? "****" : "(default chain)")
        + ", keyPrefix=" + keyPrefix.orElse("") + "]";
  }

  private static void requireHttpUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("the S3 endpoint must be an http or https URL with a host: " + uri);
    }
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Optional<String> normalizedPrefix(Optional<String> prefix) {
    Optional<String> trimmed = prefix.map(p -> {
      String s = p.strip();
      while (s.startsWith("/")) {
        s = s.substring(1);
      }
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      return s;
    }).filter(s -> !s.isEmpty());
    trimmed.ifPresent(p -> {
      if (!BlobKeys.isValid(p)) {
        throw new IllegalArgumentException("invalid S3 key prefix: '" + p + "'");
      }
    });
    return trimmed;
  }
}
