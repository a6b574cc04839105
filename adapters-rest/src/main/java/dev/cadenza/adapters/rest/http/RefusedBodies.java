package dev.cadenza.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading a refused request body to its end before the refusal goes out: a client still sending its
 * body when the server answers and closes the connection has the connection reset under it, and can
 * lose the answer with it. Only bodies of moderate size are read, and nothing is kept.
 */
public final class RefusedBodies {

  /** The largest announced body that is read before a refusal; larger ones are refused at once. */
  public static final long DISCARD_LIMIT = 4L * 1024 * 1024;

  private RefusedBodies() {
  }

  /**
   * Whether a refused body announced as {@code announced} bytes is read first: when it is at most
   * {@link #DISCARD_LIMIT}, and its client is sending (one that sent {@code Expect} waits for
   * {@code 100 Continue} and would only start sending when asked to).
   */
  public static boolean worthReading(long announced, String expectHeader) {
    return announced > 0 && announced <= DISCARD_LIMIT && expectHeader == null;
  }

  /** {@code Content-Length} as a long ({@code getLength()} is an int), {@code -1} when absent or unreadable. */
  public static long announcedLength(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Reads and drops at most {@code announced} bytes of {@code body}; a client that went away ends it quietly. */
  public static void discard(InputStream body, long announced) {
    byte[] sink = new byte[8192];
    long left = announced;
    try {
      int n;
      while (left > 0 && (n = body.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException | RuntimeException clientGone) {
      // nothing more to read: the refusal is still written
    }
  }
}
