package dev.cadenza.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/**
 * Answers an exception with a problem; the subclasses only fix which exception types they take, so
 * that Jersey picks one of ours whatever else is registered for a type.
 */
public abstract class ProblemExceptionMapper<E extends Throwable> implements ExceptionMapper<E> {

  private final Problems problems;

  @Context
  private UriInfo uriInfo;
  @Context
  private Request request;
  @Context
  private HttpHeaders headers;

  protected ProblemExceptionMapper(Problems problems) {
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  @Override
  public Response toResponse(E exception) {
    return problems.of(exception, requestLine()).toResponse();
  }

  private RequestLine requestLine() {
    String method = null;
    String path = null;
    String contentType = null;
    try {
      method = request == null ? null : request.getMethod();
      path = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
      contentType = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    } catch (RuntimeException outsideOfRequest) {
      // Not in a request scope (cannot happen for mapped exceptions); the problem is still answered.
    }
    return new RequestLine(method, path, contentType);
  }
}
