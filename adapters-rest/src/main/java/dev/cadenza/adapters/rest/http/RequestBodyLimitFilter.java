package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.ProblemJson;
import dev.cadenza.adapters.rest.problem.ProblemType;
import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Refuses request bodies larger than a limit with {@code 413}: when {@code Content-Length} announces
 * more, before anything else runs (a body of moderate size is read and dropped first, see
 * {@link RefusedBodies}), otherwise (chunked or inflated bodies) as soon as a reader gets past the
 * limit (a gzip-coded body is inflated here, and its inflated bytes count). It never buffers: the body stream it hands on fails its next read once the limit is passed,
 * and what is left of such a body is never read. The answer closes the connection.
 */
public final class RequestBodyLimitFilter implements Filter {

  private static final String CONTENT_ENCODING = "Content-Encoding";

  /** Writes the body (and content type) of the {@code 413} answer; status and headers are set already. */
  @FunctionalInterface
  public interface Rejection {
    void write(HttpServletResponse response, long maxBytes) throws IOException;
  }

  private final long maxBytes;
  private final Rejection rejection;

  /** Answers a body over the limit with problem details. */
  public RequestBodyLimitFilter(long maxBytes) {
    this(maxBytes, RequestBodyLimitFilter::problem);
  }

  /** Answers a body over the limit as {@code rejection} writes it (another adapter's error format). */
  public RequestBodyLimitFilter(long maxBytes, Rejection rejection) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
    this.rejection = Objects.requireNonNull(rejection, "rejection");
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest httpRequest)
        || !(response instanceof HttpServletResponse httpResponse)) {
      chain.doFilter(request, response);
      return;
    }
    long announced = httpRequest.getContentLengthLong();
    if (announced > maxBytes) {
      if (RefusedBodies.worthReading(announced, httpRequest.getHeader("Expect"))) {
        discard(httpRequest, announced);
      }
      reject(httpResponse);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(httpRequest, maxBytes), response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (causedByTooLargeBody(e) && !httpResponse.isCommitted()) {
        httpResponse.reset();
        reject(httpResponse);
        return;
      }
      throw e;
    }
  }

  private static void discard(HttpServletRequest request, long announced) {
    try {
      RefusedBodies.discard(request.getInputStream(), announced);
    } catch (IOException | RuntimeException unreadable) {
      // the answer is still written; the connection closes after it
    }
  }

  private void reject(HttpServletResponse response) throws IOException {
    response.setStatus(ProblemType.PAYLOAD_TOO_LARGE.status());
    // The rest of the body may be unread (always so for a chunked one), so the connection is not reused.
    response.setHeader("Connection", "close");
    rejection.write(response, maxBytes);
  }

  private static void problem(HttpServletResponse response, long maxBytes) throws IOException {
    ProblemJson.send(response, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes.");
  }

  private static boolean causedByTooLargeBody(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof RequestBodyTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The request with a body stream that fails once more than the limit has been read. A gzip-coded
   * body is inflated here ({@link GzipBodies}) and the limit counts its inflated bytes; the request
   * then shows neither the gzip coding nor the length of the coded bytes.
   */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private static final String CONTENT_LENGTH = "Content-Length";

    private final long maxBytes;
    private final int gzipLayers;
    private LimitedInputStream stream;
    private BufferedReader reader;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
      this.gzipLayers = GzipBodies.layers(request.getHeaders(CONTENT_ENCODING));
      if (gzipLayers > 0) {
        // the body is there although the request no longer shows its length (UnreadBodies)
        request.setAttribute(GzipBodies.INFLATED, Boolean.TRUE);
      }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream body = super.getInputStream();
        // the coded bytes are held to the limit as well: a gzip header field or empty blocks inflate to nothing
        stream = new LimitedInputStream(gzipLayers == 0 ? body
            : GzipBodies.inflate(new LimitedInputStream(body, maxBytes), gzipLayers), maxBytes);
      }
      return stream;
    }

    @Override
    public int getContentLength() {
      return gzipLayers == 0 ? super.getContentLength() : -1;
    }

    @Override
    public long getContentLengthLong() {
      return gzipLayers == 0 ? super.getContentLengthLong() : -1;
    }

    @Override
    public String getHeader(String name) {
      return gzipLayers != 0 && isUndone(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return gzipLayers != 0 && isUndone(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public int getIntHeader(String name) {
      return gzipLayers != 0 && isUndone(name) ? -1 : super.getIntHeader(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      if (gzipLayers == 0) {
        return super.getHeaderNames();
      }
      List<String> names = new ArrayList<>();
      for (Enumeration<String> all = super.getHeaderNames(); all.hasMoreElements(); ) {
        String name = all.nextElement();
        if (!isUndone(name)) {
          names.add(name);
        }
      }
      return Collections.enumeration(names);
    }

    /** The headers that describe the coded bytes, not the body read here: its length and its codings. */
    private static boolean isUndone(String name) {
      return CONTENT_LENGTH.equalsIgnoreCase(name) || CONTENT_ENCODING.equalsIgnoreCase(name);
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long count;

    LimitedInputStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      long allowed = maxBytes - count;
      // At the limit, one more byte is enough to know the body is too large.
      int ask = (int) Math.max(1, Math.min(length, allowed));
      int n = in.read(buffer, offset, ask);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws RequestBodyTooLargeException {
      count += n;
      if (count > maxBytes) {
        throw new RequestBodyTooLargeException(maxBytes);
      }
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
