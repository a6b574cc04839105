package dev.cadenza.adapters.rest;

import java.util.Objects;

/**
 * How the REST adapter behaves.
 *
 * @param maxRequestBodyBytes larger request bodies answer {@code 413}, whether announced by
 *     {@code Content-Length} or streamed (chunked); {@link #DEFAULT_MAX_REQUEST_BODY_BYTES} is 1 MiB
 * @param callers who is calling; {@link CallerResolver#anonymous()} until authentication exists
 * @param version the service version shown in the OpenAPI document
 */
public record RestSettings(long maxRequestBodyBytes, CallerResolver callers, String version) {

  public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1_048_576;

  public RestSettings {
    if (maxRequestBodyBytes < 1) {
      throw new IllegalArgumentException("maxRequestBodyBytes must be positive");
    }
    Objects.requireNonNull(callers, "callers");
    Objects.requireNonNull(version, "version");
  }

  /** The default body limit, anonymous callers. */
  public static RestSettings defaults(String version) {
    return new RestSettings(DEFAULT_MAX_REQUEST_BODY_BYTES, CallerResolver.anonymous(), version);
  }
}
