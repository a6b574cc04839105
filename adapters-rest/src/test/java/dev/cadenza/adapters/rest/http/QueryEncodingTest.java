package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryEncodingTest {

  @ParameterizedTest
  @ValueSource(strings = {"q=love", "name=Caf%C3%A9", "q=%F0%9F%8E%B5&limit=5", "name=%EF%BF%BD", "a=%2541", "q=a+b"})
  void acceptsWellFormedUtf8IncludingAnEncodedReplacementCharacter(String query) {
    assertThat(QueryEncoding.isUtf8(query)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name=%FF", "name=%ED%A0%80", "q=%C3", "q=%C3%28", "q=%", "q=%4", "q=%zz", "q=ok&name=%C0%AF"})
  void refusesBytesThatAreNotUtf8AndBrokenEscapes(String query) {
    assertThat(QueryEncoding.isUtf8(query)).isFalse();
  }
}
