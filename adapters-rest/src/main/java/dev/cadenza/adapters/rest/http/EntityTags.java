package dev.cadenza.adapters.rest.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags as {@code If-Match} and {@code If-None-Match} carry them (RFC 9110 section 8.8.3):
 * {@code *}, or a comma-separated list of quoted, possibly weak ({@code W/}) tags. A list that does
 * not follow the grammar is {@link #malformed()}.
 */
public record EntityTags(boolean any, List<Tag> tags, boolean malformed) {

  /** One tag: its opaque text (without quotes) and whether it is weak. */
  public record Tag(String opaque, boolean weak) {
  }

  public EntityTags {
    tags = List.copyOf(tags);
  }

  /** The quoted strong tag for {@code opaque}, as an {@code ETag} header carries it. */
  public static String strong(String opaque) {
    return '"' + opaque + '"';
  }

  /** Reads a header value; {@code null} when the header is absent. */
  public static EntityTags parse(String header) {
    if (header == null) {
      return null;
    }
    String value = header.strip();
    if (value.equals("*")) {
      return new EntityTags(true, List.of(), false);
    }
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    int n = value.length();
    boolean expectTag = true;
    while (i < n) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == ',') {
        expectTag = true;
        i++;
      } else if (!expectTag) {
        return malformed(tags);
      } else {
        boolean weak = false;
        if (value.startsWith("W/", i)) {
          weak = true;
          i += 2;
        }
        if (i >= n || value.charAt(i) != '"') {
          return malformed(tags);
        }
        int close = value.indexOf('"', i + 1);
        if (close < 0) {
          return malformed(tags);
        }
        tags.add(new Tag(withoutCodingSuffix(value.substring(i + 1, close)), weak));
        i = close + 1;
        expectTag = false;
      }
    }
    if (tags.isEmpty()) {
      return malformed(tags);
    }
    return new EntityTags(false, tags, false);
  }

  /**
   * What the server's response compression appends to the tag of a compressed answer (Jetty's
   * gzip handler: {@code "3-r0x0l0--gzip"}); a client sends the tag back as it got it.
   */
  static final String GZIP_SUFFIX = "--gzip";

  /**
   * The tag as the resource made it: a client that took a compressed answer holds the tag with the
   * compression's suffix, and must match (If-Match) or revalidate (If-None-Match) with it all the
   * same. The service's own tags never end so.
   */
  private static String withoutCodingSuffix(String opaque) {
    return opaque.endsWith(GZIP_SUFFIX) ? opaque.substring(0, opaque.length() - GZIP_SUFFIX.length()) : opaque;
  }

  private static EntityTags malformed(List<Tag> readSoFar) {
    return new EntityTags(false, readSoFar, true);
  }

  /** {@code If-None-Match} semantics: weak comparison, {@code *} matches any current representation. */
  public boolean matchesWeakly(String currentOpaque) {
    if (malformed) {
      return false;
    }
    return any || tags.stream().anyMatch(t -> t.opaque().equals(currentOpaque));
  }

  /** The opaque texts of the strong tags (the only ones {@code If-Match} may match). */
  public List<String> strongOpaques() {
    return tags.stream().filter(t -> !t.weak()).map(Tag::opaque).toList();
  }
}
