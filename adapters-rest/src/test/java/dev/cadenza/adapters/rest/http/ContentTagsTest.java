package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTagsTest {

  @Test
  void theTagFollowsTheBytesExactly() {
    byte[] listened = "{\"listened\":true}".getBytes(StandardCharsets.UTF_8);
    byte[] notListened = "{\"listened\":false}".getBytes(StandardCharsets.UTF_8);

    assertThat(ContentTags.tagOf(listened)).isEqualTo(ContentTags.tagOf(listened.clone()))
        .isNotEqualTo(ContentTags.tagOf(notListened))
        .matches("\"c-[A-Za-z0-9_-]{22}\"");
  }
}
