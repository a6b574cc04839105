package com.example.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.radio.wiring.RadioWiring;
import dev.cadenza.domain.shared.model.ValidationException;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run. */
class EmbeddingExampleTest {

  @Test
  void aHostApplicationDrivesTheMusicUseCases() {
    GenreRadio radio = RadioWiring.inMemory();
    radio.addTrack("Take Five", "Dave Brubeck", "Jazz", 1959);
    radio.addTrack("Round Midnight", "Thelonious Monk", "jazz", 1947);
    radio.addTrack("Strange Fruit", "Billie Holiday", "Jazz", 1939);
    radio.addTrack("Johnny B. Goode", "Chuck Berry", "Rock", 1958);

    assertThat(radio.playlistFor("JAZZ")).containsExactly("Strange Fruit", "Round Midnight", "Take Five");
  }

  @Test
  void theDomainRulesTravelWithTheJar() {
    GenreRadio radio = RadioWiring.inMemory();

    assertThatThrownBy(() -> radio.addTrack(" ", "Nobody", "Jazz", 999))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("year");
  }
}
