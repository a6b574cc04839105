package dev.cadenza.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.testing.inmemory.InMemoryBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeysTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "covers/abc/def.png", "a-b_c.d", "0/1/2", ".hidden", "a/.b", "a.b/c.", "x.y"})
  void valid_keys_are_accepted_as_by_the_in_memory_fake(String key) {
    assertThat(BlobKeys.isValid(key)).isTrue();
    assertThat(BlobKeys.requireValid(key)).isSameAs(key);
    assertThat(InMemoryBlobStore.isValidKey(key)).as("the fake agrees").isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"../x", "/abs", "a//b", "A.jpg", "a/../b", "..", "x..y", "a/", "a b", "a\\b", "a~b", "a:b"})
  void invalid_keys_are_refused_as_by_the_in_memory_fake(String key) {
    assertThat(BlobKeys.isValid(key)).isFalse();
    assertThat(InMemoryBlobStore.isValidKey(key)).as("the fake agrees").isFalse();
    assertThatThrownBy(() -> BlobKeys.requireValid(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid blob key");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "a/.", "./a", "a/./b"})
  void a_lone_dot_segment_is_refused_because_a_file_system_reads_it_as_the_same_folder(String key) {
    assertThat(BlobKeys.isValid(key)).isFalse();
  }

  @Test
  void keys_and_segments_have_a_length_limit() {
    String segment = "s".repeat(BlobKeys.MAX_SEGMENT_LENGTH);
    assertThat(BlobKeys.isValid(segment)).isTrue();
    assertThat(BlobKeys.isValid(segment + "s")).isFalse();

    String longKey = (segment.substring(0, 99) + "/").repeat(5) + "x".repeat(BlobKeys.MAX_LENGTH - 500);
    assertThat(longKey).hasSize(BlobKeys.MAX_LENGTH);
    assertThat(BlobKeys.isValid(longKey)).isTrue();
    assertThat(BlobKeys.isValid(longKey + "x")).isFalse();
  }

  @Test
  void a_long_invalid_key_is_shortened_in_the_message() {
    String key = "A".repeat(1000);
    assertThatThrownBy(() -> BlobKeys.requireValid(key)).hasMessageContaining("...").message().hasSizeLessThan(200);
  }
}
