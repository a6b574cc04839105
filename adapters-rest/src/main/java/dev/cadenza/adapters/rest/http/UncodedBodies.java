package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.ProblemJson;
import dev.cadenza.adapters.rest.problem.ProblemType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * For the admin port: refuses a request body sent with a {@code Content-Encoding} other than
 * {@code identity} ({@code 415}). Its tasks read form parameters, which the servlet container parses
 * from the bytes as sent; since request bodies are no longer inflated by Jetty ({@link GzipBodies}),
 * a gzip-coded form would reach a task as no parameters at all and the task would run without them.
 */
public final class UncodedBodies implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
        && isCoded(http.getHeaders("Content-Encoding"))) {
      answer.setStatus(ProblemType.UNSUPPORTED_MEDIA_TYPE.status());
      answer.setHeader("Connection", "close");
      ProblemJson.send(answer, ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "The admin port takes request bodies as they are, without a Content-Encoding.");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCoded(Enumeration<String> contentEncodings) {
    return contentEncodings != null && contentEncodings.hasMoreElements()
        && ContentCodings.names(Collections.list(contentEncodings)).stream().anyMatch(name -> !name.equals("identity"));
  }
}
