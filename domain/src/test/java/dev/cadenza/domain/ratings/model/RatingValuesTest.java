package dev.cadenza.domain.ratings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.ValidationException;
import org.junit.jupiter.api.Test;

class RatingValuesTest {

  @Test
  void scoresRunFromOneToTen() {
    assertThat(new Score(1).value()).isEqualTo(1);
    assertThat(new Score(10).value()).isEqualTo(10);
    assertThatThrownBy(() -> new Score(0)).isInstanceOf(ValidationException.class).hasMessageContaining("score");
    assertThatThrownBy(() -> new Score(11)).isInstanceOf(ValidationException.class);
  }

  @Test
  void commentsKeepLineBreaksAndTabsButNoOtherControlCharacter() {
    assertThat(new RatingDetails(new Score(8), "Side A:\tgreat\r\nSide B:\n\nweaker").comment())
        .isEqualTo("Side A:\tgreat\r\nSide B:\n\nweaker");
    for (String refused : new String[] {"bell\u0007", "nul\u0000here", "escape\u001b[31m", "del\u007f"}) {
      assertThatThrownBy(() -> new RatingDetails(new Score(8), refused))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .extracting(v -> v.message()).containsExactly(
                  "must not contain control characters other than line breaks and tabs"));
    }
  }

  @Test
  void commentsAreTrimmedOptionalAndAtMost2000Characters() {
    assertThat(new RatingDetails(new Score(5), "  fine  ").comment()).isEqualTo("fine");
    assertThat(new RatingDetails(new Score(5), "   ").comment()).isNull();
    assertThat(new RatingDetails(new Score(5), "x".repeat(2000)).comment()).hasSize(2000);
    assertThatThrownBy(() -> new RatingDetails(new Score(5), "x".repeat(2001)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("comment"));
    String emoji = new String(Character.toChars(0x1F3B5));
    assertThat(new RatingDetails(new Score(5), emoji.repeat(2000)).comment()).as("characters, not UTF-16 units")
        .hasSize(4000);
    assertThatThrownBy(() -> new RatingDetails(new Score(5), emoji.repeat(2001)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void summariesAverageHalfUpAndRankAtFourDecimals() {
    RatingSummary s = new RatingSummary(3, 23);
    assertThat(s.average()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("7.67"));
    assertThat(s.rankingAverage()).isEqualByComparingTo("7.6667");
    assertThat(RatingSummary.NONE.average()).isEmpty();
    assertThat(RatingSummary.NONE.rankingAverage()).isEqualByComparingTo("0");
    assertThat(s.plus(-3, -23)).isEqualTo(RatingSummary.NONE);
    assertThatThrownBy(() -> new RatingSummary(0, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chartOrdersHaveLowerCaseWireNames() {
    assertThat(ChartBy.fromWireName("rating")).contains(ChartBy.RATING);
    assertThat(ChartBy.fromWireName("likes")).contains(ChartBy.LIKES);
    assertThat(ChartBy.fromWireName("LIKES")).isEmpty();
  }
}
