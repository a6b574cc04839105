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
import java.util.Enumeration;
import java.util.Locale;

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
    while (contentEncodings != null && contentEncodings.hasMoreElements()) {
      for (String coding : contentEncodings.nextElement().split(",")) {
        String name = coding.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.equals("identity")) {
          return true;
        }
      }
    }
    return false;
  }
}
