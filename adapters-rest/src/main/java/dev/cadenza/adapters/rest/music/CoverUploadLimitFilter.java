package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.BoundedInputStream;
import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the body of a cover upload ({@link CoverUpload}) before anything reads it, multipart
 * parsing included: a {@code Content-Length} over the limit answers {@code 413} at once, and a body
 * that turns out larger (chunked) fails with {@code 413} as soon as a reader passes the limit, so the
 * rest is never read. A raw image may have {@code maxCoverBytes}; a multipart body
 * {@value #MULTIPART_ALLOWANCE} bytes more, for its boundaries and part headers (the image part itself
 * is then checked against {@code maxCoverBytes} by the resource).
 */
@CoverUpload
@Priority(Priorities.ENTITY_CODER)
public final class CoverUploadLimitFilter implements ContainerRequestFilter {

  /** What a multipart body may have on top of the image: boundaries, part headers, small fields. */
  public static final int MULTIPART_ALLOWANCE = 16 * 1024;

  /** Refused bodies up to this size are read to their end before the answer (see {@link #drain}). */
  static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  private final int maxCoverBytes;

  public CoverUploadLimitFilter(int maxCoverBytes) {
    if (maxCoverBytes < 1) {
      throw new IllegalArgumentException("maxCoverBytes must be positive");
    }
    this.maxCoverBytes = maxCoverBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    boolean multipart = type != null && "multipart".equalsIgnoreCase(type.getType())
        && "form-data".equalsIgnoreCase(type.getSubtype());
    long limit = multipart ? (long) maxCoverBytes + MULTIPART_ALLOWANCE : maxCoverBytes;
    long announced = announcedLength(request);
    if (announced > limit) {
      drain(request, announced);
      throw new RequestBodyTooLargeException(maxCoverBytes);
    }
    request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit, maxCoverBytes));
  }

  /**
   * Reads and discards a refused body of moderate size (at most {@link #DRAIN_LIMIT} bytes, which the
   * service's request body limit keeps every accepted body under anyway) before the {@code 413} is
   * sent. A client still writing its body when the server answered and closed the connection would
   * otherwise fail with a broken pipe instead of reading the answer. Nothing is kept in memory.
   */
  private static void drain(ContainerRequestContext request, long announced) {
    if (announced > DRAIN_LIMIT) {
      return;
    }
    byte[] sink = new byte[8192];
    try {
      InputStream in = request.getEntityStream();
      long left = announced;
      int n;
      while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  /** {@code Content-Length} as a long ({@code getLength()} is an int), {@code -1} when absent or unreadable. */
  private static long announcedLength(ContainerRequestContext request) {
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
}
