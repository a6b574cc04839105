package dev.cadenza.adapters.rest.problem;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The application context's error handler: every error Jetty answers inside the context (a filter or
 * servlet calling {@code sendError}, an exception no one mapped, a method the server does not allow)
 * leaves as {@code application/problem+json}, never as an HTML page, and never with a stack trace.
 */
public class ProblemErrorHandler extends ErrorHandler {

  private final Problems problems;

  public ProblemErrorHandler(Problems problems) {
    this.problems = Objects.requireNonNull(problems, "problems");
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    ServletContextRequest servletRequest = Request.asInContext(request, ServletContextRequest.class);
    if (servletRequest == null || servletRequest.getServletChannel().getCallback() == null) {
      return JettyProblems.write(problems, request, response, callback);
    }
    HttpServletResponse servletResponse = servletRequest.getHttpServletResponse();
    ProblemResponse problem = JettyProblems.problemFor(problems, request, servletResponse.getStatus());
    servletResponse.setStatus(problem.status());
    servletResponse.setHeader("Cache-Control", JettyProblems.CACHE_CONTROL);
    problem.headers().forEach(servletResponse::setHeader);
    if (!HttpStatus.hasNoBody(problem.status())) {
      byte[] body = problem.body();
      servletResponse.setContentType(ProblemJson.MEDIA_TYPE);
      servletResponse.setContentLength(body.length);
      try {
        ServletOutputStream out = servletResponse.getOutputStream();
        out.write(body);
      } catch (IllegalStateException writerAlreadyInUse) {
        PrintWriter writer = servletResponse.getWriter();
        writer.write(new String(body, StandardCharsets.UTF_8));
        writer.flush();
      }
    }
    callback.succeeded();
    return true;
  }
}
