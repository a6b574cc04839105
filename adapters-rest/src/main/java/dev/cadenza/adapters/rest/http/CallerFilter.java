package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.CallerResolver;
import dev.cadenza.domain.shared.model.Actor;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Objects;

/**
 * Resolves the caller of every matched request once, before the resource method runs, and keeps it
 * on the request for {@link #caller(ContainerRequestContext)}.
 */
@Priority(Priorities.AUTHENTICATION)
public final class CallerFilter implements ContainerRequestFilter {

  private static final String PROPERTY = CallerFilter.class.getName() + ".caller";

  private final CallerResolver callers;

  public CallerFilter(CallerResolver callers) {
    this.callers = Objects.requireNonNull(callers, "callers");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Actor actor = callers.resolve(request);
    if (actor == null) {
      throw new IllegalStateException("the caller resolver answered no actor");
    }
    request.setProperty(PROPERTY, actor);
  }

  /** The caller this filter resolved for {@code request}. */
  public static Actor caller(ContainerRequestContext request) {
    if (request.getProperty(PROPERTY) instanceof Actor actor) {
      return actor;
    }
    throw new IllegalStateException("no caller was resolved for this request: is the CallerFilter registered?");
  }
}
