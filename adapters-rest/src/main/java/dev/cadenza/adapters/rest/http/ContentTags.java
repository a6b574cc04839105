package dev.cadenza.adapters.rest.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Strong entity tags for single resources that have no version column (an API key, a saved song,
 * a collaborator, a playlist entry): the tag is a digest of the representation's JSON bytes, so it
 * changes exactly when what is sent changes. Answers {@code 304} when {@code If-None-Match} has it.
 */
public final class ContentTags {

  private static final int TAG_BYTES = 16;
  private static final String PREFIX = "c-";

  private final JsonWriters writers;

  public ContentTags(JsonWriters writers) {
    this.writers = Objects.requireNonNull(writers, "writers");
  }

  /** {@code 200} with {@code wire} and its tag, or {@code 304} when the client has that tag already. */
  public <W> Response ok(W wire, Class<W> wireType, String ifNoneMatch) {
    byte[] json = writers.render(wire, wireType);
    String etag = tagOf(json);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CONTENT_LENGTH, json.length).build();
  }

  /** The quoted strong tag {@link #ok} gives {@code wire}. */
  public <W> String tag(W wire, Class<W> wireType) {
    return tagOf(writers.render(wire, wireType));
  }

  /** Whether {@code opaque} (a tag without its quotes) is of the kind this class makes. */
  public static boolean isContentTag(String opaque) {
    return opaque.startsWith(PREFIX);
  }

  /** The quoted strong tag of {@code json}: "c-" and its {@link #digest}. */
  static String tagOf(byte[] json) {
    return EntityTags.strong(digest(PREFIX, json));
  }

  /** {@code prefix} and the first 128 bits of the SHA-256 of {@code bytes}, base64url: an opaque tag text. */
  public static String digest(String prefix, byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TAG_BYTES));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
