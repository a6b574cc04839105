package dev.cadenza.adapters.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;

/**
 * How a cached value is written as text and read back: through an adapter-private record (the
 * domain carries no Jackson annotations). A value that does not read back (another format version
 * left in the store, or a damaged one) counts as a miss: every member is written, so a member that is
 * missing, or null where a number belongs, makes the text not a value rather than a zero.
 */
interface Codec<T> {

  ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  String encode(T value);

  /** The value, or {@code null} when the text is not one. */
  T decode(String text);

  static <T, D> Codec<T> json(Class<D> document, Function<T, D> toDocument, Function<D, T> fromDocument) {
    return new Codec<>() {
      @Override
      public String encode(T value) {
        try {
          return JSON.writeValueAsString(toDocument.apply(value));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write " + document.getSimpleName(), e);
        }
      }

      @Override
      public T decode(String text) {
        try {
          return fromDocument.apply(JSON.readValue(text, document));
        } catch (JsonProcessingException | RuntimeException e) {
          return null;
        }
      }
    };
  }
}
