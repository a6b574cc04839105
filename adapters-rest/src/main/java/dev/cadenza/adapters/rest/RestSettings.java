package dev.cadenza.adapters.rest;

import java.util.Objects;

/**
 * How the REST adapter behaves, beyond the ports it drives.
 *
 * @param maxRequestBodyBytes larger request bodies answer {@code 413}, whether announced by
 *     {@code Content-Length} or streamed (chunked); {@link #DEFAULT_MAX_REQUEST_BODY_BYTES} is 1 MiB
 * @param callers who is calling: {@link dev.cadenza.adapters.rest.auth.CredentialCallers} in the
 *     service (Bearer tokens and API keys); {@link CallerResolver#anonymous()} where nobody signs in
 * @param version the service version shown in the OpenAPI document
 * @param trustedProxies how many reverse proxies in front of the service append the address they
 *     saw to {@code X-Forwarded-For}; login throttling then counts per the address the outermost of
 *     them saw. {@code 0} (the default) ignores the header and uses the connection's remote address,
 *     since any client can write it.
 * @param maxCoverBytes the largest album cover image {@code PUT /api/v1/albums/{id}/cover} takes,
 *     raw or as the multipart field {@code cover}; a larger one answers {@code 413} (so does a body
 *     over {@code maxRequestBodyBytes}, which applies first). {@link #DEFAULT_MAX_COVER_BYTES} is
 *     512,000 bytes.
 */
public record RestSettings(long maxRequestBodyBytes, CallerResolver callers, String version, int trustedProxies,
                           int maxCoverBytes) {

  public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1_048_576;
  public static final int DEFAULT_MAX_COVER_BYTES = 512_000;
  /** Covers are held in memory while they are checked and stored, so their limit has a ceiling: 64 MiB. */
  public static final int LARGEST_MAX_COVER_BYTES = 64 * 1_048_576;

  public RestSettings {
    if (maxRequestBodyBytes < 1) {
      throw new IllegalArgumentException("maxRequestBodyBytes must be positive");
    }
    Objects.requireNonNull(callers, "callers");
    Objects.requireNonNull(version, "version");
    if (trustedProxies < 0) {
      throw new IllegalArgumentException("trustedProxies must not be negative");
    }
    if (maxCoverBytes < 1 || maxCoverBytes > LARGEST_MAX_COVER_BYTES) {
      throw new IllegalArgumentException("maxCoverBytes must be between 1 and " + LARGEST_MAX_COVER_BYTES);
    }
  }

  /** The default cover size limit. */
  public RestSettings(long maxRequestBodyBytes, CallerResolver callers, String version, int trustedProxies) {
    this(maxRequestBodyBytes, callers, version, trustedProxies, DEFAULT_MAX_COVER_BYTES);
  }

  /** No trusted proxies, the default cover size limit. */
  public RestSettings(long maxRequestBodyBytes, CallerResolver callers, String version) {
    this(maxRequestBodyBytes, callers, version, 0);
  }

  /** The default body and cover limits, anonymous callers, no trusted proxies. */
  public static RestSettings defaults(String version) {
    return new RestSettings(DEFAULT_MAX_REQUEST_BODY_BYTES, CallerResolver.anonymous(), version, 0);
  }

  /** These settings with another cover size limit. */
  public RestSettings withMaxCoverBytes(int maxCoverBytes) {
    return new RestSettings(maxRequestBodyBytes, callers, version, trustedProxies, maxCoverBytes);
  }
}
