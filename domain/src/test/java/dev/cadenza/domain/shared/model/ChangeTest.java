package dev.cadenza.domain.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTest {

  @Test
  void keepLeavesTheCurrentValue() {
    Change<String> keep = Change.keep();

    assertThat(keep.isSet()).isFalse();
    assertThat(keep.applyTo("current")).isEqualTo("current");
    assertThat(keep.applyTo(null)).isNull();
  }

  @Test
  void toReplacesTheCurrentValue() {
    Change<String> change = Change.to("next");

    assertThat(change.isSet()).isTrue();
    assertThat(change.applyTo("current")).isEqualTo("next");
  }

  @Test
  void toNullClearsTheValue() {
    Change<Integer> clear = Change.to(null);

    assertThat(clear.isSet()).isTrue();
    assertThat(clear.applyTo(42)).isNull();
  }

  @Test
  void changesAreValues() {
    assertThat(Change.to("a")).isEqualTo(Change.to("a")).hasSameHashCodeAs(Change.to("a"));
    assertThat(Change.to("a")).isNotEqualTo(Change.to("b"));
    assertThat(Change.<String>to(null)).isNotEqualTo(Change.keep());
    assertThat(Change.<String>keep()).isEqualTo(Change.<Integer>keep());
  }

  @Test
  void theyDescribeThemselves() {
    assertThat(Change.keep()).hasToString("Change.keep()");
    assertThat(Change.to(7)).hasToString("Change.to(7)");
  }
}
