package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void readsListsOfStrongAndWeakTags() {
    EntityTags tags = EntityTags.parse(" \"1\" ,W/\"2\",\"a,b\"");

    assertThat(tags.malformed()).isFalse();
    assertThat(tags.any()).isFalse();
    assertThat(tags.tags()).containsExactly(new EntityTags.Tag("1", false), new EntityTags.Tag("2", true),
        new EntityTags.Tag("a,b", false));
    assertThat(tags.strongOpaques()).containsExactly("1", "a,b");
  }

  @Test
  void readsTheWildcard() {
    assertThat(EntityTags.parse("*").any()).isTrue();
    assertThat(EntityTags.parse(" * ").matchesWeakly("7")).isTrue();
  }

  @Test
  void flagsWhatDoesNotFollowTheGrammar() {
    for (String header : List.of("3", "\"3", "\"3\" \"4\"", "W/3", "", ",", "*, \"3\"")) {
      assertThat(EntityTags.parse(header).malformed()).as(header).isTrue();
    }
    assertThat(EntityTags.parse("3").matchesWeakly("3")).isFalse();
  }

  @Test
  void aTagAsACompressedAnswerCarriedItIsTheResourcesTag() {
    EntityTags sent = EntityTags.parse("\"3-r0x0l0n--gzip\", W/\"4--gzip\"");
    assertThat(sent.tags()).containsExactly(new EntityTags.Tag("3-r0x0l0n", false), new EntityTags.Tag("4", true));
    assertThat(sent.matchesWeakly("4")).isTrue();
    assertThat(EntityTags.parse("\"3-gzip\"").tags()).extracting(EntityTags.Tag::opaque).containsExactly("3-gzip");
  }

  @Test
  void absentIsNull() {
    assertThat(EntityTags.parse(null)).isNull();
  }

  @Test
  void comparesWeaklyForIfNoneMatch() {
    assertThat(EntityTags.parse("W/\"5\"").matchesWeakly("5")).isTrue();
    assertThat(EntityTags.parse("\"4\", \"5\"").matchesWeakly("5")).isTrue();
    assertThat(EntityTags.parse("\"4\"").matchesWeakly("5")).isFalse();
  }

  @Test
  void writesStrongTags() {
    assertThat(EntityTags.strong("3-12")).isEqualTo("\"3-12\"");
  }
}
