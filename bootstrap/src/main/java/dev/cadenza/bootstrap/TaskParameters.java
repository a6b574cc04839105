package dev.cadenza.bootstrap;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks the parameters of the admin port's own tasks before they run: Dropwizard's task servlet
 * answers any exception of a task with a {@code 500} (and logs it as an error), so a task's bad
 * parameter would be a server error. Here it is a {@code 400} (not a whole number) or a {@code 422}
 * (out of range) problem, and the task does not run. The tasks parse their parameters with the same
 * {@link #count} when they run.
 */
final class TaskParameters implements Filter {

  /** A task parameter that is not a whole number (400) or out of its range (422). */
  static final class Refused extends IllegalArgumentException {
    private final ProblemType type;

    Refused(ProblemType type, String message) {
      super(message);
      this.type = type;
    }
  }

  private static final String TASKS = "/tasks/";

  /** Per task name, a check that throws {@link Refused} for parameters the task would refuse. */
  private final Map<String, Consumer<Map<String, List<String>>>> checks;

  TaskParameters(Map<String, Consumer<Map<String, List<String>>>> checks) {
    this.checks = Map.copyOf(checks);
  }

  /**
   * The count named {@code name} in {@code parameters}: 0 when absent, else its first value, which
   * must be a whole number in {@code 0..max}.
   */
  static long count(Map<String, List<String>> parameters, String name, long max) {
    List<String> values = parameters.getOrDefault(name, List.of());
    if (values.isEmpty()) {
      return 0;
    }
    long n;
    try {
      n = Long.parseLong(values.get(0).strip());
    } catch (NumberFormatException e) {
      throw new Refused(ProblemType.BAD_REQUEST, name + " must be a whole number");
    }
    if (n < 0 || n > max) {
      throw new Refused(ProblemType.VALIDATION, name + " must be between 0 and " + max);
    }
    return n;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    Consumer<Map<String, List<String>>> check = path.startsWith(TASKS)
        ? checks.get(path.substring(TASKS.length())) : null;
    if (check != null && "POST".equals(http.getMethod())) {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      http.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
      try {
        check.accept(parameters);
      } catch (Refused refused) {
        ProblemJson.send((HttpServletResponse) response, refused.type, refused.getMessage());
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
