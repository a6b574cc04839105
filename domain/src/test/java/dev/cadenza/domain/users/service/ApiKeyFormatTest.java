package dev.cadenza.domain.users.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyFormatTest {

  private static final String PREFIX = "ab12cd34ef";
  private static final String SECRET = "AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abc";

  @Test
  void aFormattedKeyReadsBackIntoItsParts() {
    String key = ApiKeyFormat.format(PREFIX, SECRET);

    assertThat(key).isEqualTo("cdz_" + PREFIX + "_" + SECRET);
    assertThat(ApiKeyFormat.parse(key)).contains(new ApiKeyFormat.Parts(PREFIX, SECRET));
    assertThat(ApiKeyFormat.parse("  " + key + "\t")).as("surrounding blanks").contains(
        new ApiKeyFormat.Parts(PREFIX, SECRET));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "cdz_",
      "cdx_ab12cd34ef_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abc",
      "cdz_Ab12cd34ef_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abc",
      "cdz_ab12cd34e_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abcd",
      "cdz_ab12cd34ef-AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abc",
      "cdz_ab12cd34ef_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-ab",
      "cdz_ab12cd34ef_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abcd",
      "cdz_ab12cd34ef_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-ab=",
      "cdz_ab12cd34ef_AZaz09_-AZaz09_-AZaz09 -AZaz09_-AZaz09_-abc",
      "cdz_ab12cd34ef_AZaz09_-AZaz09_-AZaz09_-AZaz09_-AZaz09_-abé",
  })
  void malformedKeysDoNotParse(String key) {
    assertThat(ApiKeyFormat.parse(key)).isEqualTo(Optional.empty());
  }

  @Test
  void noKeyDoesNotParse() {
    assertThat(ApiKeyFormat.parse(null)).isEmpty();
  }
}
