package dev.cadenza.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

  /** RFC 5322 dot-atom-text. */
  private static final Pattern DOT_ATOM = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

  private static final List<String> IDS = List.of(
      "job-42", "JOB-42", "job_42", "job.42", "job..42", ".job", "job.", "job%2E42", "job 42", "job/42",
      "a\\b", "<job@x>", "grüße", "\uD83C\uDFB5", "..", "%", "~", "job~1", "x".repeat(500), "x".repeat(499) + "y",
      "ü".repeat(200));

  @Test
  void keepsPlainIdsAsTheyAre() {
    assertThat(MessageIds.encode("job-42")).isEqualTo("job-42");
    assertThat(MessageIds.encode("2f6c1a9e-5b7d-4c1e-9a3b-0d8e7f6a5b4c")).isEqualTo("2f6c1a9e-5b7d-4c1e-9a3b-0d8e7f6a5b4c");
    assertThat(MessageIds.encode("welcome.user_7")).isEqualTo("welcome.user_7");
    assertThat(MessageIds.messageIdHeader("job-42")).isEqualTo("<job-42@cadenza>");
  }

  @Test
  void escapesEverythingElseAsUtf8Bytes() {
    assertThat(MessageIds.encode("a b/c")).isEqualTo("a%20b%2Fc");
    assertThat(MessageIds.encode("ü")).isEqualTo("%C3%BC");
    assertThat(MessageIds.encode("50%")).isEqualTo("50%25");
    assertThat(MessageIds.encode(".a..b.")).isEqualTo("%2Ea%2E%2Eb%2E");
  }

  @Test
  void encodingsAreDotAtomsWithinTheLimitAndNeverCollide() {
    Set<String> seen = new HashSet<>();
    for (String id : IDS) {
      String encoded = MessageIds.encode(id);
      assertThat(encoded).as(id).matches(DOT_ATOM).hasSizeLessThanOrEqualTo(MessageIds.MAX_LENGTH);
      assertThat(seen.add(encoded)).as("unique encoding of %s: %s", id, encoded).isTrue();
      assertThat(MessageIds.encode(id)).as("stable").isEqualTo(encoded);
    }
  }

  @Test
  void longIdsAreCutAndEndInADigest() {
    String encoded = MessageIds.encode("x".repeat(500));

    assertThat(encoded).hasSize(MessageIds.MAX_LENGTH).startsWith("xxxx").matches(".*~[0-9a-f]{32}");
    assertThat(MessageIds.encode("ü".repeat(200))).matches("(%C3%BC)+~[0-9a-f]{32}");
  }

  @Test
  void rejectsAnEmptyId() {
    assertThatThrownBy(() -> MessageIds.encode("")).isInstanceOf(IllegalArgumentException.class);
  }
}
