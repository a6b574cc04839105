package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.BoundedInputStream;
import dev.cadenza.adapters.rest.http.RefusedBodies;
import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * Bounds the body of a cover upload ({@link CoverUpload}) before anything reads it, multipart
 * parsing included: a {@code Content-Length} over the limit answers {@code 413} before anything else
 * runs (a body of moderate size is read and dropped first, see {@link RefusedBodies}), and a body
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
    long announced = RefusedBodies.announcedLength(request);
    if (announced > limit) {
      if (RefusedBodies.worthReading(announced, request.getHeaderString("Expect"))) {
        RefusedBodies.discard(request.getEntityStream(), announced);
      }
      throw new RequestBodyTooLargeException(maxCoverBytes);
    }
    request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit, maxCoverBytes));
  }
}
