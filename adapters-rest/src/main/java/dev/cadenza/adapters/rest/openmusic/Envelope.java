package dev.cadenza.adapters.rest.openmusic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The contract's body for every answer: {@code {"status": "success", "data": {...}}} (with an
 * optional {@code message}), {@code {"status": "success", "message"}}, {@code {"status": "fail",
 * "message"}} for client errors and {@code {"status": "error", "message"}} for server errors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "message", "data"})
public record Envelope(String status, String message, Object data) {

  static final String SUCCESS = "success";
  static final String FAIL = "fail";
  static final String ERROR = "error";

  static Envelope data(String message, Object data) {
    return new Envelope(SUCCESS, message, data);
  }

  static Envelope data(Object data) {
    return new Envelope(SUCCESS, null, data);
  }

  /** One named value as the data: {@code {"albumId": "..."}}. */
  static Envelope data(String message, String name, Object value) {
    return new Envelope(SUCCESS, message, Map.of(name, value));
  }

  static Envelope message(String message) {
    return new Envelope(SUCCESS, message, null);
  }

  static Envelope fail(String message) {
    return new Envelope(FAIL, message, null);
  }

  static Envelope error(String message) {
    return new Envelope(ERROR, message, null);
  }
}
