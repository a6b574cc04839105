package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code storage} section: object storage for album covers and exported files. S3 (or an
 * S3-compatible server such as MinIO) when {@code s3Bucket} is set ({@code CADENZA_S3_BUCKET}); the
 * file system under {@code $CADENZA_DATA_DIR/blobs} otherwise. Without explicit keys the AWS SDK's
 * default chain is used (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profile, instance role).
 * An unset {@code ${VAR:-}} reads as null; the setters take that as empty.
 */
public class StorageSettings {

  @NotNull
  private String s3Bucket = "";
  @NotNull
  private String s3Region = "us-east-1";
  /** An S3-compatible endpoint (http://minio:9000); empty: AWS S3 itself. */
  @NotNull
  private String s3Endpoint = "";
  /** Path-style addressing (bucket in the path), which most S3-compatible servers need. */
  private boolean s3PathStyle = false;
  @NotNull
  private String s3AccessKeyId = "";
  @NotNull
  private String s3SecretAccessKey = "";
  /** A key prefix inside the bucket, so one bucket can serve several deployments. */
  @NotNull
  private String s3KeyPrefix = "";
  /** Create the bucket at start-up when it is missing (handy for MinIO; off for AWS). */
  private boolean s3CreateBucket = false;
  /** Album covers above this size are refused with 413. */
  @Min(1024)
  @Max(1L << 20)
  private long coverMaxBytes = 512_000;

  public boolean usesS3() {
    return s3Bucket != null && !s3Bucket.isBlank();
  }

  @JsonProperty
  public String getS3Bucket() {
    return s3Bucket;
  }

  @JsonProperty
  public void setS3Bucket(String s3Bucket) {
    this.s3Bucket = s3Bucket == null ? "" : s3Bucket;
  }

  @JsonProperty
  public String getS3Region() {
    return s3Region;
  }

  @JsonProperty
  public void setS3Region(String s3Region) {
    this.s3Region = s3Region;
  }

  @JsonProperty
  public String getS3Endpoint() {
    return s3Endpoint;
  }

  @JsonProperty
  public void setS3Endpoint(String s3Endpoint) {
    this.s3Endpoint = s3Endpoint == null ? "" : s3Endpoint;
  }

  @JsonProperty
  public boolean isS3PathStyle() {
    return s3PathStyle;
  }

  @JsonProperty
  public void setS3PathStyle(boolean s3PathStyle) {
    this.s3PathStyle = s3PathStyle;
  }

  @JsonProperty
  public String getS3AccessKeyId() {
    return s3AccessKeyId;
  }

  @JsonProperty
  public void setS3AccessKeyId(String s3AccessKeyId) {
    this.s3AccessKeyId = s3AccessKeyId == null ? "" : s3AccessKeyId;
  }

  @JsonProperty
  public String getS3SecretAccessKey() {
    return s3SecretAccessKey;
  }

  @JsonProperty
  public void setS3SecretAccessKey(String s3SecretAccessKey) {
    this.s3SecretAccessKey = s3SecretAccessKey == null ? "" : s3SecretAccessKey;
  }

  @JsonProperty
  public String getS3KeyPrefix() {
    return s3KeyPrefix;
  }

  @JsonProperty
  public void setS3KeyPrefix(String s3KeyPrefix) {
    this.s3KeyPrefix = s3KeyPrefix == null ? "" : s3KeyPrefix;
  }

  @JsonProperty
  public boolean isS3CreateBucket() {
    return s3CreateBucket;
  }

  @JsonProperty
  public void setS3CreateBucket(boolean s3CreateBucket) {
    this.s3CreateBucket = s3CreateBucket;
  }

  @JsonProperty
  public long getCoverMaxBytes() {
    return coverMaxBytes;
  }

  @JsonProperty
  public void setCoverMaxBytes(long coverMaxBytes) {
    this.coverMaxBytes = coverMaxBytes;
  }

  @JsonIgnore
  @ValidationMethod(message = "storage.s3Endpoint (CADENZA_S3_ENDPOINT) must be empty or an absolute http or https URL")
  public boolean isS3EndpointUsable() {
    return SettingUrls.emptyOr(s3Endpoint, SettingUrls::isHttp);
  }
}
