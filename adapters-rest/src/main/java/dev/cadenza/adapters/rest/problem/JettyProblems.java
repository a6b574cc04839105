package dev.cadenza.adapters.rest.problem;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** What the two Jetty error handlers share: reading Jetty's error attributes, writing with the core API. */
final class JettyProblems {

  static final String CACHE_CONTROL = "must-revalidate,no-cache,no-store";
  private static final String SERVLET_ERROR_EXCEPTION = "jakarta.servlet.error.exception";
  private static final String SERVLET_ERROR_MESSAGE = "jakarta.servlet.error.message";

  private JettyProblems() {
  }

  static ProblemResponse problemFor(Problems problems, Request request, int status) {
    Throwable cause = cause(request);
    if (cause instanceof HttpException http && http.getCode() > 0) {
      status = http.getCode();
    }
    Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
    if (message == null) {
      message = request.getAttribute(SERVLET_ERROR_MESSAGE);
    }
    HttpURI uri = request.getHttpURI();
    RequestLine line = new RequestLine(request.getMethod(), uri == null ? null : uri.getPath(),
        request.getHeaders() == null ? null : request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    return problems.ofStatus(status, message instanceof String s ? s : null, cause, line);
  }

  private static Throwable cause(Request request) {
    Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
    if (cause == null) {
      cause = request.getAttribute(SERVLET_ERROR_EXCEPTION);
    }
    return cause instanceof Throwable t ? t : null;
  }

  /** Writes the problem for the error being handled with Jetty's core response API. */
  static boolean write(Problems problems, Request request, Response response, Callback callback) {
    ProblemResponse problem = problemFor(problems, request, response.getStatus());
    response.setStatus(problem.status());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
    problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    if (HttpStatus.hasNoBody(problem.status())) {
      callback.succeeded();
      return true;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemJson.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(problem.body()), callback);
    return true;
  }
}
