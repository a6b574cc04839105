package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Request bodies sent with {@code Content-Encoding: gzip}, inflated by the service itself rather than
 * by Jetty's gzip handler, whose decoder takes a stream that stops short of its end, or whose CRC-32
 * or length trailer is wrong, for a whole body: a playlist file cut in half in transit would import
 * its first half. Commons Compress's {@link GzipCompressorInputStream} checks the trailer of every
 * member, reads concatenated members however the bytes arrive, and refuses bytes after the last one;
 * any of these answers {@code 400} (as a {@link ZipException}) before anything is stored. Jetty still
 * compresses responses.
 */
public final class GzipBodies {

  /** The request attribute (a Jersey property) set on a request whose body is inflated here. */
  public static final String INFLATED = GzipBodies.class.getName() + ".inflated";

  private GzipBodies() {
  }

  /** Stops every gzip handler of {@code server} inflating request bodies; call before it starts. */
  public static void leaveRequestsToTheService(Server server) {
    for (GzipHandler handler : server.getDescendants(GzipHandler.class)) {
      handler.setInflateBufferSize(-1);
    }
  }

  /**
   * How many times the body was gzip-coded, by the {@code Content-Encoding} headers given: the number
   * of gzip codings when every coding named is gzip (or identity), else 0, and a coding this service
   * does not undo is left for {@link ContentCodings} to refuse ({@code 415}) rather than half undone.
   */
  static int layers(Enumeration<String> contentEncodings) {
    if (contentEncodings == null || !contentEncodings.hasMoreElements()) {
      return 0;
    }
    int layers = 0;
    for (String name : ContentCodings.names(Collections.list(contentEncodings))) {
      if (name.equals("gzip") || name.equals("x-gzip")) {
        layers++;
      } else if (!name.equals("identity")) {
        return 0;
      }
    }
    return layers;
  }

  /** {@code raw} inflated {@code layers} times; the first gzip header is read at the first read, not here. */
  static ServletInputStream inflate(InputStream raw, int layers) {
    return new Inflated(raw, layers);
  }

  /** A blocking stream over the inflated body; a body that is not whole, valid gzip fails as a {@link ZipException}. */
  private static final class Inflated extends ServletInputStream {

    private final InputStream raw;
    private final int layers;
    private InputStream inflated;
    private boolean finished;

    Inflated(InputStream raw, int layers) {
      this.raw = raw;
      this.layers = layers;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = read(one, 0, 1);
      } while (n == 0);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (finished) {
        return -1;
      }
      try {
        if (inflated == null) {
          InputStream in = raw;
          for (int i = 0; i < layers; i++) {
            in = new GzipCompressorInputStream(in, true);
          }
          inflated = in;
        }
        int n = inflated.read(buffer, offset, length);
        if (n < 0) {
          finished = true;
        }
        return n;
      } catch (IOException notGzip) {
        for (Throwable t = notGzip; t != null; t = t.getCause()) {
          if (t instanceof RequestBodyTooLargeException tooLarge) {
            throw tooLarge;
          }
        }
        ZipException failure = new ZipException("the body is not whole, valid gzip: " + notGzip.getMessage());
        failure.initCause(notGzip);
        throw failure;
      }
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
