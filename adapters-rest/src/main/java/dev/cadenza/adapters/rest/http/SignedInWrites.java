package dev.cadenza.adapters.rest.http;

import dev.cadenza.domain.shared.model.Access;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;

/**
 * Every write of the native API (POST, PUT, PATCH, DELETE) needs a signed-in caller, but those marked
 * {@link Anonymous} (and catalog writes, whose policy decides: {@link CatalogWriteCheck}); those
 * marked {@link AdminOnly} need the admin role as well: an anonymous caller is answered {@code 401} before the body is read, so that a
 * missing sign-in is not hidden behind a {@code 400} or {@code 422} about the body. What a signed-in
 * caller may do is still for the use cases (and their policies) to decide.
 */
public final class SignedInWrites implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null || !isWrite(method) || method.isAnnotationPresent(Anonymous.class)
        || method.isAnnotationPresent(CatalogWrite.class)) {
      return;
    }
    // after the CallerFilter (AUTHENTICATION), before anything reads the body
    context.register(method.isAnnotationPresent(AdminOnly.class) ? new RequireAdmin() : new RequireSignedIn(),
        Priorities.AUTHORIZATION);
  }

  /** Whether {@code method} answers one of the writing HTTP methods. */
  public static boolean isWrite(Method method) {
    return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
        || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
  }

  /** Refuses anonymous callers (401) and callers without the admin role (403). */
  static final class RequireAdmin implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      Access.requireAdmin(CallerFilter.caller(request));
    }
  }

  /** Refuses anonymous callers ({@code AuthenticationRequiredException}: 401 with WWW-Authenticate). */
  static final class RequireSignedIn implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      Access.requireUser(CallerFilter.caller(request));
    }
  }
}
