package dev.cadenza.bootstrap;

import dev.cadenza.adapters.rest.problem.ProblemJson;
import dev.cadenza.adapters.rest.problem.ProblemType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the admin port's task servlet's own refusals into problems. Dropwizard's servlet answers an
 * unknown task with a bare {@code 404}, a {@code GET} on a task with a bare {@code 405} (no
 * {@code Allow}), and a task that throws with a {@code 500} whose body is the exception's message,
 * which can name tables, files or hosts. The servlet writes into a buffer here (a task's output is
 * a few lines); an error status without a body becomes the matching problem, a server error becomes
 * a problem that points at the log (where the servlet logged the exception), and anything else goes
 * out as the task wrote it.
 */
final class TaskAnswers implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    Buffered buffered = new Buffered(http);
    chain.doFilter(request, buffered);
    byte[] body = buffered.bytes();
    int status = buffered.getStatus();
    if (http.isCommitted()) {
      return;
    }
    if (status >= 500 && status != 501) {
      http.reset();
      ProblemJson.send(http, ProblemType.INTERNAL, "The task failed; the service's log has the details.");
    } else if (status == 404 && body.length == 0) {
      ProblemJson.send(http, ProblemType.NOT_FOUND, "There is no such task; GET /tasks lists the tasks.");
    } else if ((status == 405 || status == 501) && body.length == 0) {
      // 501: HttpServlet's answer to a method it has no handler for at all (PATCH)
      HttpServletRequest asked = (HttpServletRequest) request;
      boolean list = asked.getPathInfo() == null || asked.getPathInfo().equals("/");
      http.setHeader("Allow", list ? "GET, HEAD" : "POST");
      ProblemJson.send(http, ProblemType.METHOD_NOT_ALLOWED, list ? "GET /tasks lists the tasks."
          : "Tasks run with POST.");
    } else if (body.length > 0) {
      http.setContentLength(body.length);
      http.getOutputStream().write(body);
    }
  }

  /** A response whose body stays in memory until the filter decides what to send. */
  private static final class Buffered extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    byte[] bytes() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (writer != null) {
        throw new IllegalStateException("getWriter() was called first");
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("task answers are written blocking");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() was called first");
      }
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
      }
      return writer;
    }

    /**
     * The servlet's own refusals ({@code HttpServlet}'s 405 for PUT, DELETE and TRACE) would go
     * straight to the container's error page; here they are a status the filter answers for.
     */
    @Override
    public void sendError(int status) {
      resetBuffer();
      setStatus(status);
    }

    @Override
    public void sendError(int status, String message) {
      sendError(status);
    }

    @Override
    public void setContentLength(int length) {
      // The filter sets the length of what it sends.
    }

    @Override
    public void setContentLengthLong(long length) {
      // The filter sets the length of what it sends.
    }

    @Override
    public void flushBuffer() {
      // Nothing leaves before the filter has seen the status.
    }

    @Override
    public void reset() {
      super.reset();
      resetBuffer();
    }

    @Override
    public void resetBuffer() {
      if (writer != null) {
        writer.flush();
      }
      bytes.reset();
    }
  }
}
