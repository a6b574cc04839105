package dev.cadenza.adapters.rest.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Request bodies sent with {@code Content-Encoding: gzip}, inflated by the service itself rather than
 * by Jetty's gzip handler, whose decoder takes a stream that stops short of its end, or whose CRC-32
 * or length trailer is wrong, for a whole body: a playlist file cut in half in transit would import
 * its first half. {@link GZIPInputStream} checks both, and such a body is refused ({@code 400}, as a
 * {@link ZipException}) before anything is stored. Jetty still compresses responses.
 */
public final class GzipBodies {

  private static final String CONTENT_ENCODING = "Content-Encoding";

  private GzipBodies() {
  }

  /** Stops every gzip handler of {@code server} inflating request bodies; call before it starts. */
  public static void leaveRequestsToTheService(Server server) {
    for (GzipHandler handler : server.getDescendants(GzipHandler.class)) {
      handler.setInflateBufferSize(-1);
    }
  }

  /** How many times the body was gzip-coded, by the {@code Content-Encoding} headers given. */
  static int layers(Enumeration<String> contentEncodings) {
    int layers = 0;
    while (contentEncodings != null && contentEncodings.hasMoreElements()) {
      for (String coding : contentEncodings.nextElement().split(",")) {
        if (isGzip(coding)) {
          layers++;
        }
      }
    }
    return layers;
  }

  /** The {@code Content-Encoding} values left once the gzip codings are undone (identity, or codings refused later). */
  static List<String> remainingCodings(Enumeration<String> contentEncodings) {
    List<String> left = new ArrayList<>();
    while (contentEncodings != null && contentEncodings.hasMoreElements()) {
      for (String coding : contentEncodings.nextElement().split(",")) {
        if (!coding.isBlank() && !isGzip(coding)) {
          left.add(coding.strip());
        }
      }
    }
    return left;
  }

  static boolean isContentEncoding(String header) {
    return CONTENT_ENCODING.equalsIgnoreCase(header);
  }

  private static boolean isGzip(String coding) {
    String name = coding.strip().toLowerCase(Locale.ROOT);
    return name.equals("gzip") || name.equals("x-gzip");
  }

  /** {@code raw} inflated {@code layers} times; the gzip header is read at the first read, not here. */
  static ServletInputStream inflate(ServletInputStream raw, int layers) {
    return new Inflated(raw, layers);
  }

  /** A blocking stream over the inflated body; a truncated stream fails as a {@link ZipException}. */
  private static final class Inflated extends ServletInputStream {

    private final ServletInputStream raw;
    private final int layers;
    private InputStream inflated;
    private boolean finished;

    Inflated(ServletInputStream raw, int layers) {
      this.raw = raw;
      this.layers = layers;
    }

    private InputStream stream() throws IOException {
      if (inflated == null) {
        InputStream in = raw;
        try {
          for (int i = 0; i < layers; i++) {
            in = new GZIPInputStream(in, 8192);
          }
        } catch (EOFException truncated) {
          throw truncated(truncated);
        }
        inflated = in;
      }
      return inflated;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (finished) {
        return -1;
      }
      try {
        int n = stream().read(buffer, offset, length);
        if (n < 0) {
          finished = true;
        }
        return n;
      } catch (EOFException truncated) {
        throw truncated(truncated);
      }
    }

    private static ZipException truncated(EOFException cause) {
      ZipException failure = new ZipException("the gzip stream ends before its trailer");
      failure.initCause(cause);
      return failure;
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("a gzip-coded request body is read blocking");
    }

    @Override
    public void close() throws IOException {
      if (inflated != null) {
        inflated.close();
      } else {
        raw.close();
      }
    }
  }
}
