package dev.cadenza.adapters.storage;

import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A {@link BlobStore} in an S3 bucket, on AWS or an S3-compatible server, through the AWS SDK v2
 * with its small blocking {@code url-connection-client}.
 *
 * <p>Every key is stored under the settings' key prefix, if any. {@link #signedUrl} presigns a GET
 * (AWS Signature V4, query parameters) locally, without a call to the server and without checking
 * that the object exists; the URL lasts as long as asked, up to seven days, or less when the
 * credentials are temporary ones (an instance or container role) that expire earlier.
 *
 * <p>Calls give up after {@value #CONNECT_TIMEOUT_SECONDS} s when the server cannot be connected to
 * and after {@value #API_CALL_TIMEOUT_SECONDS} s in all, retries included. Failures surface as the
 * SDK's unchecked {@link SdkException}s, except in {@link #check()}, which wraps them in an
 * {@link IllegalStateException} naming the bucket.
 *
 * <p>The store owns its client, presigner and (default-chain) credentials provider: {@link #close()}
 * releases them.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

  /** How long to wait for a TCP connection to the server. */
  public static final int CONNECT_TIMEOUT_SECONDS = 2;

  /** How long one call may take in all, retries included. */
  public static final int API_CALL_TIMEOUT_SECONDS = 10;

  /** The longest validity of a signed URL that AWS Signature V4 allows. */
  public static final Duration MAX_SIGNED_URL_VALIDITY = Duration.ofDays(7);

  /** The content type reported for an object stored without one (by another tool). */
  public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final String region;
  private final String keyPrefix;
  private final SdkAutoCloseable ownedCredentials;

  private S3BlobStore(S3Client s3, S3Presigner presigner, S3Settings settings, SdkAutoCloseable ownedCredentials) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = settings.bucket();
    this.region = settings.region();
    this.keyPrefix = settings.keyPrefix().map(p -> p + "/").orElse("");
    this.ownedCredentials = ownedCredentials;
  }

  /**
   * Builds the client and presigner for {@code settings}. Makes no call to the server: use
   * {@link #check()} or {@link #ensureBucket()} for that.
   */
  public static S3BlobStore create(S3Settings settings) {
    Objects.requireNonNull(settings, "settings");
    AwsCredentialsProvider credentials;
    SdkAutoCloseable owned = null;
    if (settings.hasStaticCredentials()) {
      credentials = StaticCredentialsProvider.create(
          AwsBasicCredentials.create(settings.accessKeyId().orElseThrow(), settings.secretAccessKey().orElseThrow()));
    } else {
      DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
      credentials = chain;
      owned = chain;
    }
    Region region = Region.of(settings.region());
    S3Configuration s3Configuration = S3Configuration.builder()
        .pathStyleAccessEnabled(settings.pathStyle())
        .build();

    S3ClientBuilder clientBuilder = S3Client.builder()
        .region(region)
        .credentialsProvider(credentials)
        .serviceConfiguration(s3Configuration)
        // Since 2.30 the SDK adds CRC checksums to every upload (as an aws-chunked trailer) and asks
        // for them on every download; S3-compatible servers such as S3Proxy, Ceph and older MinIO
        // refuse both. Only operations that require a checksum send one; on AWS, TLS protects the
        // payload in transit.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS))
            .socketTimeout(Duration.ofSeconds(API_CALL_TIMEOUT_SECONDS)))
        .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(API_CALL_TIMEOUT_SECONDS)));
    S3Presigner.Builder presignerBuilder = S3Presigner.builder()
        .region(region)
        .credentialsProvider(credentials)
        .serviceConfiguration(s3Configuration);
    settings.endpoint().ifPresent(endpoint -> {
      clientBuilder.endpointOverride(endpoint);
      presignerBuilder.endpointOverride(endpoint);
    });

    S3Client client = clientBuilder.build();
    try {
      return new S3BlobStore(client, presignerBuilder.build(), settings, owned);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** The bucket the objects are kept in. */
  public String bucket() {
    return bucket;
  }

  /**
   * Creates the bucket when it does not exist yet; does nothing when it does (and is this account's).
   * Outside {@code us-east-1} the bucket is created in the settings' region.
   */
  public void ensureBucket() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return;
    } catch (NoSuchBucketException e) {
      // create it below
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw e;
      }
    }
    CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(bucket);
    if (!Region.US_EAST_1.id().equals(region)) {
      request.createBucketConfiguration(CreateBucketConfiguration.builder().locationConstraint(region).build());
    }
    try {
      s3.createBucket(request.build());
    } catch (BucketAlreadyOwnedByYouException e) {
      // created meanwhile by another instance
    }
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) {
    String objectKey = objectKey(key);
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(contentType, "contentType");
    s3.putObject(b -> b.bucket(bucket).key(objectKey).contentType(contentType), RequestBody.fromBytes(bytes));
  }

  @Override
  public Optional<StoredObject> get(String key) {
    String objectKey = objectKey(key);
    ResponseBytes<GetObjectResponse> response;
    try {
      response = s3.getObjectAsBytes(b -> b.bucket(bucket).key(objectKey));
    } catch (S3Exception e) {
      if (isMissingObject(e)) {
        return Optional.empty();
      }
      throw e;
    }
    String contentType = response.response().contentType();
    return Optional.of(new StoredObject(key, contentType == null ? DEFAULT_CONTENT_TYPE : contentType,
        response.asByteArrayUnsafe()));
  }

  @Override
  public void delete(String key) {
    String objectKey = objectKey(key);
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(objectKey));
    } catch (S3Exception e) {
      if (!isMissingObject(e)) {
        throw e;
      }
    }
  }

  /**
   * A presigned GET URL for the object, valid for {@code validFor}.
   *
   * @throws IllegalArgumentException when {@code validFor} is not positive or longer than
   *     {@link #MAX_SIGNED_URL_VALIDITY}, or the key is invalid
   */
  @Override
  public Optional<URI> signedUrl(String key, Duration validFor) {
    String objectKey = objectKey(key);
    Objects.requireNonNull(validFor, "validFor");
    if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_SIGNED_URL_VALIDITY) > 0) {
      throw new IllegalArgumentException("a signed URL lasts more than 0 s and at most 7 days, not " + validFor);
    }
    PresignedGetObjectRequest presigned = presigner.presignGetObject(p -> p
        .signatureDuration(validFor)
        .getObjectRequest(g -> g.bucket(bucket).key(objectKey)));
    try {
      return Optional.of(presigned.url().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the SDK signed an unparsable URL", e);
    }
  }

  /**
   * Asks the server for the bucket (HEAD bucket).
   *
   * @throws IllegalStateException when the server cannot be reached, refuses the credentials or has
   *     no such bucket
   */
  @Override
  public void check() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (S3Exception e) {
      if (e instanceof NoSuchBucketException || e.statusCode() == 404) {
        throw new IllegalStateException("S3 bucket '" + bucket + "' does not exist", e);
      }
      throw new IllegalStateException("S3 bucket '" + bucket + "' is not usable (HTTP " + e.statusCode() + "): "
          + e.getMessage(), e);
    } catch (SdkException e) {
      throw new IllegalStateException("S3 bucket '" + bucket + "' is not reachable: " + e.getMessage(), e);
    }
  }

  @Override
  public String kind() {
    return "s3";
  }

  /** Releases the HTTP client, the presigner and the default credentials chain. */
  @Override
  public void close() {
    try {
      presigner.close();
    } finally {
      try {
        s3.close();
      } finally {
        if (ownedCredentials != null) {
          ownedCredentials.close();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "S3BlobStore[bucket=" + bucket + ", prefix=" + keyPrefix + "]";
  }

  private String objectKey(String key) {
    return keyPrefix + BlobKeys.requireValid(key);
  }

  /** A 404 about the object, not about the bucket: a missing bucket is an error, not an absence. */
  private static boolean isMissingObject(S3Exception e) {
    if (e instanceof NoSuchKeyException) {
      return true;
    }
    if (e instanceof NoSuchBucketException || e.statusCode() != 404) {
      return false;
    }
    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    return !"NoSuchBucket".equals(code);
  }
}
