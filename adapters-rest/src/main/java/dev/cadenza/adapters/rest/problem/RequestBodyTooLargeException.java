package dev.cadenza.adapters.rest.problem;

import java.io.IOException;

/**
 * Raised while reading a request body that grows past the limit. An {@link IOException}, so every
 * reader of the stream sees a failed read; whatever wraps it, it is answered with {@code 413}.
 */
public class RequestBodyTooLargeException extends IOException {

  private final long limit;

  public RequestBodyTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
