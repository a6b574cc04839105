package dev.cadenza.adapters.rest.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.model.Violations;
import java.io.IOException;

/** Reading values from a streaming JSON parser, with errors that name where in the file. */
final class JsonValues {

  private JsonValues() {
  }

  /**
   * The current scalar as text ({@code null} for JSON null). Numbers and booleans are taken as
   * their text; an object or array is refused, naming {@code path}.
   */
  static String text(JsonParser json, String path) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != null && token.isScalarValue()) {
      return storable(json.getText(), path);
    }
    json.skipChildren();
    throw ValidationException.of("file", path + " must be a string");
  }

  /**
   * The first non-blank string of the current value, which may be a string or an array (JSPF's
   * {@code identifier} and {@code location} come both ways); other array elements are skipped.
   */
  static String firstText(JsonParser json, String path) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.START_ARRAY) {
      String first = null;
      while (json.nextToken() != JsonToken.END_ARRAY) {
        if (json.currentToken() == JsonToken.VALUE_STRING && first == null && !json.getText().isBlank()) {
          first = storable(json.getText(), path);
        } else {
          json.skipChildren();
        }
      }
      return first;
    }
    return text(json, path);
  }

  /** {@code text}, unless it holds NUL or half of a surrogate pair, which no playlist field may. */
  private static String storable(String text, String path) {
    String problem = Violations.unicodeProblem(text);
    if (problem != null) {
      throw ValidationException.of("file", path + " " + problem);
    }
    return text;
  }

  /** Refuses the current value unless it starts an object. */
  static void expectObject(JsonParser json, String path) throws IOException {
    if (json.currentToken() != JsonToken.START_OBJECT) {
      throw ValidationException.of("file", path + " must be a JSON object");
    }
  }

  /** Refuses the current value unless it starts an array. */
  static void expectArray(JsonParser json, String path) throws IOException {
    if (json.currentToken() != JsonToken.START_ARRAY) {
      throw ValidationException.of("file", path + " must be a JSON array");
    }
  }
}
