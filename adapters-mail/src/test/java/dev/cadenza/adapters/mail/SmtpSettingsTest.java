package dev.cadenza.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private static SmtpSettings with(String host, int port, Optional<String> user, Optional<String> password,
                                   String from, Duration timeout) {
    return new SmtpSettings(host, port, user, password, from, SmtpSettings.TlsMode.STARTTLS, timeout);
  }

  @Test
  void acceptsACompleteConfiguration() {
    SmtpSettings settings = with("smtp.example.com", 587, Optional.of("cadenza"), Optional.of("pw"),
        "Cadenza <cadenza@example.com>", TEN_SECONDS);

    assertThat(settings.port()).isEqualTo(587);
    assertThat(SmtpSettings.plain("localhost", 25, "cadenza@example.com", TEN_SECONDS).tls())
        .isEqualTo(SmtpSettings.TlsMode.NONE);
  }

  @Test
  void rejectsInvalidValues() {
    Optional<String> none = Optional.empty();
    String from = "cadenza@example.com";
    assertThatThrownBy(() -> with(" ", 25, none, none, from, TEN_SECONDS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("h", 0, none, none, from, TEN_SECONDS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("h", 65_536, none, none, from, TEN_SECONDS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("h", 25, Optional.of("u"), none, from, TEN_SECONDS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("h", 25, none, Optional.of("p"), from, TEN_SECONDS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("h", 25, none, none, "cadenza", TEN_SECONDS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    assertThatThrownBy(() -> with("h", 25, none, none, from, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("h", 25, none, none, from, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringHidesThePassword() {
    SmtpSettings settings = with("smtp.example.com", 587, Optional.of("cadenza"), Optional.of("hunter2"),
        "cadenza@example.com", TEN_SECONDS);

    assertThat(settings.toString()).contains("smtp.example.com", "cadenza").doesNotContain("hunter2");
  }
}
