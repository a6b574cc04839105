package dev.cadenza.adapters.rest.problem;

import java.util.Objects;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server-wide error handler: problem details for what Jetty rejects before any context sees the
 * request (an unparseable request line or header, a URI Jetty refuses).
 */
public class ServerProblemErrorHandler extends ErrorHandler {

  private final Problems problems;

  public ServerProblemErrorHandler(Problems problems) {
    this.problems = Objects.requireNonNull(problems, "problems");
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    return JettyProblems.write(problems, request, response, callback);
  }
}
