package dev.cadenza.adapters.rest.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;

/**
 * Authenticates the {@code X-API-Key} header, the second filter of the chain after the bearer
 * token filter. Without the header, or with a key the authenticator refuses, the request is
 * refused like by any dropwizard-auth filter (the chain then answers with the first refusal).
 */
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyAuthFilter<P extends Principal> extends AuthFilter<String, P> {

  /** The request header carrying an API key. */
  public static final String HEADER = "X-API-Key";
  /** The authentication scheme the security context reports for API keys. */
  public static final String SCHEME = "API-Key";

  private ApiKeyAuthFilter() {
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (!authenticate(request, key, SCHEME)) {
      throw unauthorizedHandler.buildException(prefix, realm);
    }
  }

  /** Builds the filter; an authenticator must be set. */
  public static final class Builder<P extends Principal> extends AuthFilterBuilder<String, P, ApiKeyAuthFilter<P>> {
    @Override
    protected ApiKeyAuthFilter<P> newInstance() {
      return new ApiKeyAuthFilter<>();
    }
  }
}
