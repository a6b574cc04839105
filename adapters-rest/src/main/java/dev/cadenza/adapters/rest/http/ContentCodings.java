package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.ProblemType;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses ({@code 415}) a request body whose {@code Content-Encoding} names a coding this service does
 * not undo, instead of reading the coded bytes as if they were the body (RFC 9110, section 8.4). The
 * server inflates {@code gzip} bodies before they get here; {@code identity} changes nothing.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class ContentCodings implements ContainerRequestFilter {

  static final Set<String> UNDONE = Set.of("gzip", "x-gzip", "identity");
  /** A coding name worth repeating in the answer. */
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]{1,40}");

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> codings = request.getHeaders().get(HttpHeaders.CONTENT_ENCODING);
    if (codings == null || !request.hasEntity()) {
      return;
    }
    for (String name : names(codings)) {
      if (!UNDONE.contains(name)) {
        String named = TOKEN.matcher(name).matches() ? "\"" + name + "\"" : "a coding";
        throw RequestProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body is coded with "
            + named + ", which this service does not undo; send it as is or gzip-coded.", List.of());
      }
    }
  }

  /** The coding names of {@code Content-Encoding} header values, in order, in lower case, empty ones left out. */
  static List<String> names(Iterable<String> headerValues) {
    List<String> names = new ArrayList<>();
    for (String header : headerValues) {
      for (String coding : header.split(",")) {
        String name = coding.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
