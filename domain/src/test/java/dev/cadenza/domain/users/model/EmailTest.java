package dev.cadenza.domain.users.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @ValueSource(strings = {"ada@example.org", "a.b.c@example.org", "o'neil+tag@mail.example.org", "j\u00f6rg@example.org",
      "a!#$%&*/=?^_`{|}~-@example.org", "x@b.co"})
  void takesAddressesAMailServerTakes(String address) {
    assertThat(Email.parse("  " + address + " ").value()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b@example.org", ".a@example.org", "a.@example.org", "a b@example.org", "a\u0001b@example.org",
      "a\u007fb@example.org", "a@b@example.org", "ab@example", "ab@-example.org", "ab@example-.org", "@example.org",
      "a\"b@example.org", "a@[1.2.3.4]", "a\u0085b@example.org", "a\u00a0b@example.org", "a\u2028b@example.org",
      "a\u200bb@example.org", "a\u202eb@example.org"})
  void refusesNewAddressesThatAreNotDotAtomsAtADottedDomain(String address) {
    assertThatThrownBy(() -> Email.parse(address)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b@example.org", ".a@example.org", "a\u0001b@example.org"})
  void anAddressStoredBeforeTheDotAtomRuleStillLoads(String stored) {
    assertThat(new Email(stored).value()).isEqualTo(stored);
    assertThatThrownBy(() -> Email.parse(stored)).isInstanceOf(ValidationException.class);
  }

  @Test
  void theLocalPartIsAtMost64Characters() {
    assertThat(Email.parse("x".repeat(64) + "@example.org").value()).startsWith("xxxx");
    assertThatThrownBy(() -> Email.parse("x".repeat(65) + "@example.org")).isInstanceOf(ValidationException.class);
  }

  @Test
  void domainLabelsAreAtMost63Characters() {
    assertThat(Email.parse("x@" + "a".repeat(63) + ".example.org").value()).endsWith(".example.org");
    assertThatThrownBy(() -> Email.parse("x@" + "a".repeat(64) + ".com")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Email.parse("x@example." + "b".repeat(64))).isInstanceOf(ValidationException.class);
  }

  @Test
  void canonicallyEquivalentSpellingsAreOneAddress() {
    Email composed = Email.parse("\u00e5x@example.org");
    Email decomposed = Email.parse("a\u030ax@example.org");
    assertThat(decomposed.value()).as("stored composed").isEqualTo("\u00e5x@example.org");
    assertThat(decomposed.key()).isEqualTo(composed.key());
    assertThat(Email.parse("JO\u0308RG@example.org").key()).isEqualTo(Email.parse("j\u00f6rg@example.org").key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uff41lice@example.org", "a\u2460b@example.org", "\ufb01le@example.org", "x\u00b2@example.org"})
  void compatibilityCharactersAreRefused(String lookalike) {
    assertThatThrownBy(() -> Email.parse(lookalike)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("compatibility");
  }

  @Test
  void theKeyIgnoresCase() {
    assertThat(new Email("Ada@Example.ORG").key()).isEqualTo(new Email("ada@example.org").key());
    assertThat(new Email("A\u030asa@example.org").key()).as("a stored spelling, composed for the comparison")
        .isEqualTo(new Email("\u00e5sa@example.org").key());
  }
}
