package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.ProblemType;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Refuses query parameters that the matched operation of the native API does not read ({@code 400}):
 * a misspelt {@code ?limt=5} or a filter the resource has not ({@code /albums?genre=rock}) would
 * otherwise be ignored, and the client would take the unfiltered answer for the filtered one. A
 * parameter read as one value and given more than once ({@code ?limit=5&limit=50}) is refused too,
 * rather than one of its values being picked. Every offending name is reported at once.
 *
 * <p>The names come from the {@link QueryParam} annotations of each resource method (and of its
 * {@link BeanParam}s), gathered once at start-up; only resources under {@code /api/v1} are checked
 * (the OpenMusic routes keep that API's leniency). It runs after the caller is known, and leaves an
 * anonymous request to an operation that needs credentials (one whose OpenAPI description names a
 * security requirement) to the resource, so that it hears {@code 401} first, as for any other bad
 * input.
 */
public final class QueryParameterNames implements DynamicFeature {

  static final String NATIVE_PREFIX = "/api/v1";

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null || !isNative(type)) {
      return;
    }
    Map<String, Boolean> accepted = new TreeMap<>();
    for (Parameter parameter : method.getParameters()) {
      collect(parameter, parameter.getType(), accepted);
    }
    for (Field field : type.getDeclaredFields()) {
      collect(field, field.getType(), accepted);
    }
    context.register(new Check(accepted, needsCredentials(method, type)), Priorities.USER);
  }

  /** Whether the operation is documented as needing credentials (on the method, its class, or its Operation). */
  static boolean needsCredentials(Method method, Class<?> type) {
    Operation operation = method.getAnnotation(Operation.class);
    return (operation != null && operation.security().length > 0)
        || method.getAnnotationsByType(SecurityRequirement.class).length > 0
        || type.getAnnotationsByType(SecurityRequirement.class).length > 0;
  }

  private static boolean isNative(Class<?> type) {
    Path path = type.getAnnotation(Path.class);
    if (path == null) {
      return false;
    }
    String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
    return value.equals(NATIVE_PREFIX) || value.startsWith(NATIVE_PREFIX + "/");
  }

  /** Adds the name read by {@code element}: {@code true} when it takes several values (a collection). */
  private static void collect(AnnotatedElement element, Class<?> type, Map<String, Boolean> accepted) {
    QueryParam query = element.getAnnotation(QueryParam.class);
    if (query != null) {
      accepted.merge(query.value(), Collection.class.isAssignableFrom(type), Boolean::logicalOr);
    } else if (element.isAnnotationPresent(BeanParam.class)) {
      for (Field field : type.getDeclaredFields()) {
        collect(field, field.getType(), accepted);
      }
    }
  }

  /** The check for one resource method, knowing the names it reads and which of them repeat. */
  static final class Check implements ContainerRequestFilter {

    private final Map<String, Boolean> accepted;
    private final boolean needsCredentials;
    private final String unknown;

    Check(Map<String, Boolean> accepted, boolean needsCredentials) {
      this.accepted = Map.copyOf(accepted);
      this.needsCredentials = needsCredentials;
      this.unknown = accepted.isEmpty() ? "is not a parameter of this operation (it takes none)"
          : "is not a parameter of this operation (it takes " + String.join(", ", new TreeSet<>(accepted.keySet())) + ")";
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getRequestUri().getRawQuery() == null
          || (needsCredentials && CallerFilter.caller(request).userId().isEmpty())) {
        return;
      }
      List<FieldError> errors = null;
      for (Map.Entry<String, List<String>> given : request.getUriInfo().getQueryParameters().entrySet()) {
        String message = problemWith(given.getKey(), given.getValue());
        if (message != null) {
          if (errors == null) {
            errors = new ArrayList<>();
          }
          errors.add(new FieldError(given.getKey(), message));
        }
      }
      if (errors != null) {
        // named in a stable order, whatever order the query had
        errors.sort(Comparator.comparing(FieldError::field));
        throw refusal(errors);
      }
    }

    private String problemWith(String name, List<String> values) {
      Boolean repeatable = accepted.get(name);
      if (repeatable == null) {
        return unknown;
      }
      return !repeatable && values.size() > 1 ? "is given " + values.size() + " times; give it once" : null;
    }

    private static RequestProblemException refusal(List<FieldError> errors) {
      StringBuilder detail = new StringBuilder("Refused query parameters: ");
      for (int i = 0; i < errors.size(); i++) {
        detail.append(i == 0 ? "" : "; ").append(errors.get(i).field()).append(' ').append(errors.get(i).message());
      }
      return RequestProblemException.of(ProblemType.BAD_REQUEST, detail.toString(), List.copyOf(errors));
    }
  }
}
