package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A stream that fails with {@link RequestBodyTooLargeException} (answered with {@code 413}) as soon
 * as more than {@code maxBytes} have been read from it: it asks the stream below for at most one
 * byte past the limit, so a body far over the limit is never read into memory, only detected.
 */
public final class BoundedInputStream extends FilterInputStream {

  private final long maxBytes;
  private final long reportedLimit;
  private long count;

  /**
   * @param maxBytes how many bytes may be read
   * @param reportedLimit the limit the {@code 413} names (the limit of the part of the body that
   *     matters to the client, where {@code maxBytes} leaves room for framing such as multipart)
   */
  public BoundedInputStream(InputStream in, long maxBytes, long reportedLimit) {
    super(Objects.requireNonNull(in, "in"));
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    this.maxBytes = maxBytes;
    this.reportedLimit = reportedLimit;
  }

  /**
   * All of {@code in}, when it holds at most {@code maxBytes}; otherwise fails with
   * {@link RequestBodyTooLargeException} after reading {@code maxBytes + 1} bytes. Does not close
   * {@code in}: a request body belongs to the server, which closes it (closing it early, with the
   * rest unread, makes Jetty drop the connection before the {@code 413} is sent).
   */
  public static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
    new BoundedInputStream(in, maxBytes, maxBytes).transferTo(out);
    return out.toByteArray();
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
    // Never ask for more than one byte past the limit: that byte is enough to know.
    int ask = (int) Math.max(1, Math.min(length, maxBytes - count + 1));
    int n = in.read(buffer, offset, ask);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(Math.max(0, Math.min(n, maxBytes - count + 1)));
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // Not supported: counting would go wrong after a reset.
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset is not supported");
  }

  private void counted(long n) throws RequestBodyTooLargeException {
    count += n;
    if (count > maxBytes) {
      throw new RequestBodyTooLargeException(reportedLimit);
    }
  }
}
