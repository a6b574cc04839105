package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which X-Forwarded-Proto values count, and what the request's URIs become. */
class ForwardedSchemeValuesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "https|https", "HTTPS|https", "http|http", "http, https|https", "https ,http|http", "wss|-", "''|-",
      "-|-"})
  void takesTheRightMostValueWhenItIsHttpOrHttps(String header, String scheme) {
    assertThat(ForwardedScheme.scheme(header)).isEqualTo(scheme);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://example.com/api/v1/songs?q=caf%C3%A9|https|https://example.com/api/v1/songs?q=caf%C3%A9",
      "http://example.com:80/a%2Fb|https|https://example.com/a%2Fb",
      "http://example.com:8080/|https|https://example.com:8080/",
      "https://example.com:443/x|http|http://example.com/x",
      "http://[::1]:9000/x|https|https://[::1]:9000/x"})
  void changesOnlyTheSchemeAndTheOtherSchemesDefaultPort(String uri, String scheme, String expected) {
    assertThat(ForwardedScheme.withScheme(URI.create(uri), scheme)).isEqualTo(URI.create(expected));
  }
}
