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
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,1000}");

  /** Per task name, a check that throws {@link Refused} for parameters the task would refuse. */
  private final Map<String, Consumer<Map<String, List<String>>>> checks;

  TaskParameters(Map<String, Consumer<Map<String, List<String>>>> checks) {
    this.checks = Map.copyOf(checks);
  }

  /**
   * The count named {@code name} in {@code parameters}: 0 when absent, else its value, which must be
   * a whole number (400) in {@code 0..max} (422, as is a whole number of any size beyond it).
   */
  static long count(Map<String, List<String>> parameters, String name, long max) {
    List<String> values = parameters.getOrDefault(name, List.of());
    if (values.isEmpty()) {
      return 0;
    }
    String value = values.get(0).strip();
    if (!WHOLE.matcher(value).matches()) {
      throw new Refused(ProblemType.BAD_REQUEST, name + " must be a whole number");
    }
    BigInteger n = new BigInteger(value);
    if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new Refused(ProblemType.VALIDATION, name + " must be between 0 and " + max);
    }
    return n.longValueExact();
  }

  /**
   * A check that refuses ({@code 400}) a parameter not in {@code names}, or one given twice, before
   * {@code values} checks the values: a misspelt {@code sngs=5} would otherwise seed nothing and
   * answer 200.
   */
  static Consumer<Map<String, List<String>>> only(Set<String> names, Consumer<Map<String, List<String>>> values) {
    return only(names, Set.of(), values);
  }

  /**
   * Dropwizard's {@code gc} task: {@code runs}, a whole number it reads with {@code Integer.parseInt}
   * (no spaces: " 5" would quietly run once), at most 100.
   */
  static void checkGc(Map<String, List<String>> parameters) {
    for (String runs : parameters.getOrDefault("runs", List.of())) {
      if (!runs.equals(runs.strip())) {
        throw new Refused(ProblemType.BAD_REQUEST, "runs must be a whole number");
      }
    }
    count(parameters, "runs", 100);
  }

  /** As {@link #only(Set, Consumer)}, where the names in {@code repeatable} may be given more than once. */
  static Consumer<Map<String, List<String>>> only(Set<String> names, Set<String> repeatable,
                                                   Consumer<Map<String, List<String>>> values) {
    Set<String> all = new TreeSet<>(names);
    all.addAll(repeatable);
    return parameters -> {
      for (Map.Entry<String, List<String>> given : parameters.entrySet()) {
        if (!all.contains(given.getKey())) {
          throw new Refused(ProblemType.BAD_REQUEST, given.getKey() + " is not a parameter of this task (it takes "
              + String.join(", ", all) + ")");
        }
        if (given.getValue().size() > 1 && !repeatable.contains(given.getKey())) {
          throw new Refused(ProblemType.BAD_REQUEST, given.getKey() + " is given " + given.getValue().size()
              + " times; give it once");
        }
      }
      values.accept(parameters);
    };
  }

  /**
   * Dropwizard's {@code log-level} task: a level it does not know would be taken for DEBUG, and a
   * duration that is not ISO-8601 ({@code PT10M}) fails inside the task as a 500.
   */
  static void checkLogLevel(Map<String, List<String>> parameters) {
    boolean noLevel = parameters.getOrDefault("level", List.of()).isEmpty();
    if (noLevel && parameters.getOrDefault("logger", List.of()).stream()
        .anyMatch(logger -> logger.strip().equalsIgnoreCase("ROOT"))) {
      // without a level a logger goes back to inheriting its parent's, which the root logger has not
      throw new Refused(ProblemType.BAD_REQUEST, "level is required for the root logger, which has no parent "
          + "to inherit one from");
    }
    for (String level : parameters.getOrDefault("level", List.of())) {
      // an empty level= would be read as DEBUG by logback
      if (!LogLevels.isKnown(level)) {
        throw new Refused(ProblemType.BAD_REQUEST, "level must be one of " + LogLevels.NAMES);
      }
    }
    for (String duration : parameters.getOrDefault("duration", List.of())) {
      try {
        // as the task reads it: not stripped
        if (java.time.Duration.parse(duration).isNegative()) {
          throw new Refused(ProblemType.VALIDATION, "duration must not be negative");
        }
      } catch (java.time.format.DateTimeParseException e) {
        throw new Refused(ProblemType.BAD_REQUEST, "duration must be an ISO-8601 duration such as PT10M");
      }
    }
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
