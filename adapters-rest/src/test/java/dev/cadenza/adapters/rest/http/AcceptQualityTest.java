package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptQualityTest {

  private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

  @ParameterizedTest
  @ValueSource(strings = {"application/json;q=0", "*/*;q=0", "text/html, application/json;q=0",
      "application/*;q=0", "*/*;q=0, text/html", "application/json; q=0.000", "APPLICATION/JSON;Q=0"})
  void aZeroQualityForTheOnlyTypeProducedIsNotAcceptable(String accept) {
    assertThat(AcceptQuality.acceptsAny(accept, JSON)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json;q=0.5", "*/*;q=0, application/json", "application/*;q=0, application/json",
      "*/*;q=0, application/*;q=0.1", "text/html;q=0, */*", "application/json"})
  void aMoreSpecificRangeAboveZeroDecides(String accept) {
    assertThat(AcceptQuality.acceptsAny(accept, JSON)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/png, text/html;q=0", "image/*, application/json;q=0", "image/png, */*;q=0",
      "application/xspf+xml, */*;q=0", "text/html;q=0, image/png;q=0.001"})
  void aMethodThatSendsFilesInTheirOwnTypesTakesAnyRangeAboveZero(String accept) {
    assertThat(AcceptQuality.acceptsAny(accept, List.of(MediaType.WILDCARD_TYPE))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/*;q=0", "image/png;q=0, text/html;q=0"})
  void aMethodThatSendsFilesInTheirOwnTypesRefusesAnAcceptThatTakesNothing(String accept) {
    assertThat(AcceptQuality.acceptsAny(accept, List.of(MediaType.WILDCARD_TYPE))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json;q=0, image/png", "image/*;q=0.2, */*;q=0"})
  void anotherTypeTheMethodProducesMayStillBeAcceptable(String accept) {
    assertThat(AcceptQuality.acceptsAny(accept, List.of(MediaType.APPLICATION_JSON_TYPE, new MediaType("image", "png"))))
        .isTrue();
  }
}
