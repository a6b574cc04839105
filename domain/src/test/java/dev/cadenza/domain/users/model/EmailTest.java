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
  void theKeyIgnoresCase() {
    assertThat(new Email("Ada@Example.ORG").key()).isEqualTo(new Email("ada@example.org").key());
  }
}
