package dev.cadenza.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S3SettingsTest {

  private static final URI ENDPOINT = URI.create("http://127.0.0.1:9000");

  private static S3Settings withPrefix(String prefix) {
    return new S3Settings("covers", "us-east-1", Optional.empty(), false, Optional.empty(), Optional.empty(),
        Optional.ofNullable(prefix));
  }

  @Test
  void the_aws_defaults_use_the_credentials_chain_and_virtual_hosts() {
    S3Settings s = S3Settings.aws("cadenza-media", "eu-central-1");

    assertThat(s.endpoint()).isEmpty();
    assertThat(s.pathStyle()).isFalse();
    assertThat(s.hasStaticCredentials()).isFalse();
    assertThat(s.keyPrefix()).isEmpty();
  }

  @Test
  void an_s3_compatible_server_uses_path_style_and_static_credentials() {
    S3Settings s = S3Settings.compatible(ENDPOINT, "media", "key-id", "secret");

    assertThat(s.endpoint()).hasValue(ENDPOINT);
    assertThat(s.pathStyle()).isTrue();
    assertThat(s.region()).isEqualTo("us-east-1");
    assertThat(s.accessKeyId()).hasValue("key-id");
    assertThat(s.secretAccessKey()).hasValue("secret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ab", "Media", "-media", "media-", "me_dia", "me..dia", "media/x"})
  void invalid_bucket_names_are_refused(String bucket) {
    assertThatThrownBy(() -> S3Settings.aws(bucket, "us-east-1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_region_is_required() {
    assertThatThrownBy(() -> S3Settings.aws("media", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_endpoint_must_be_an_http_url_with_a_host() {
    assertThatThrownBy(() -> S3Settings.compatible(URI.create("ftp://host/"), "media", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3Settings.compatible(URI.create("minio:9000"), "media", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentials_come_in_pairs_and_blank_ones_mean_the_default_chain() {
    assertThatThrownBy(() -> S3Settings.compatible(ENDPOINT, "media", "key-id", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3Settings.compatible(ENDPOINT, "media", " ", "secret"))
        .isInstanceOf(IllegalArgumentException.class);

    S3Settings blank = S3Settings.compatible(ENDPOINT, "media", "", "  ");

    assertThat(blank.hasStaticCredentials()).isFalse();
    assertThat(blank.accessKeyId()).isEmpty();
    assertThat(blank.secretAccessKey()).isEmpty();
  }

  @Test
  void the_key_prefix_loses_its_slashes_and_a_blank_one_is_none() {
    assertThat(withPrefix("/tenant-a/covers/").keyPrefix()).hasValue("tenant-a/covers");
    assertThat(withPrefix("cadenza").keyPrefix()).hasValue("cadenza");
    assertThat(withPrefix("  ").keyPrefix()).isEmpty();
    assertThat(withPrefix("/").keyPrefix()).isEmpty();
    assertThat(withPrefix(null).keyPrefix()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tenant", "a//b", "../up", "a/./b"})
  void an_invalid_key_prefix_is_refused(String prefix) {
    assertThatThrownBy(() -> withPrefix(prefix)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_secret_never_shows_in_to_string() {
    S3Settings s = S3Settings.compatible(ENDPOINT, "media", "key-id", "super-secret-value");

    assertThat(s.toString()).contains("key-id", "media", "127.0.0.1:9000").doesNotContain("super-secret-value");
  }

  @Test
  void withers_change_one_setting() {
    S3Settings s = S3Settings.compatible(ENDPOINT, "media", "key-id", "secret");

    assertThat(s.withBucket("other").bucket()).isEqualTo("other");
    assertThat(s.withBucket("other").withKeyPrefix("p").keyPrefix()).hasValue("p");
    assertThat(s.withCredentials("", "").hasStaticCredentials()).isFalse();
    assertThat(s.withCredentials("id2", "s2").accessKeyId()).hasValue("id2");
  }
}
