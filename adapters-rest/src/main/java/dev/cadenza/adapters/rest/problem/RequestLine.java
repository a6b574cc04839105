package dev.cadenza.adapters.rest.problem;

/** What a problem's detail may say about the request: method, path and content type (each may be null). */
public record RequestLine(String method, String path, String contentType) {

  public static RequestLine unknown() {
    return new RequestLine(null, null, null);
  }
}
