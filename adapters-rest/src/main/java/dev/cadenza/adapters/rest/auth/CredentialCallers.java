package dev.cadenza.adapters.rest.auth;

import dev.cadenza.adapters.rest.CallerResolver;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.port.in.AuthenticateUseCase;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.Authorizer;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Who is calling, from the request's credentials, through dropwizard-auth: a Bearer filter
 * ({@link OAuthCredentialAuthFilter}, {@code Authorization: Bearer <access token>}) or an
 * {@link ApiKeyAuthFilter} ({@code X-API-Key}), whichever header the request carries (one credential
 * per request; asking the other filter first would cost a refusal, exception included, on every
 * request), both producing a {@link CallerPrincipal} from the users context's
 * {@link AuthenticateUseCase}.
 *
 * <ul>
 *   <li>No credentials at all: the caller is anonymous (public reads need none; the use cases
 *       refuse anonymous callers where a user is needed, with {@code 401}).</li>
 *   <li>Credentials that do not check out (malformed, forged, expired, a refresh token, an inactive
 *       account, a revoked key): {@code 401} with {@code WWW-Authenticate: Bearer}, on every
 *       endpoint, public ones included: a client that meant to sign in learns at once that it is
 *       not signed in.</li>
 *   <li>Credentials in a form this API does not take are refused the same way: another
 *       {@code Authorization} scheme, a header given twice, both headers at once (one credential
 *       per request), or an {@code access_token} query parameter (tokens in URLs end up in logs;
 *       the Bearer filter would otherwise read it).</li>
 * </ul>
 *
 * On success the request's security context carries the {@link CallerPrincipal}, where
 * {@link CallerPrincipal#of} finds it (for the session behind an access token).
 */
public final class CredentialCallers implements CallerResolver {

  /** The realm of the filters' own challenges (the answered problem always says {@code Bearer}). */
  static final String REALM = "cadenza";
  private static final String BEARER = "Bearer";

  private final AuthFilter<String, CallerPrincipal> bearerFilter;
  private final AuthFilter<String, CallerPrincipal> apiKeyFilter;

  public CredentialCallers(AuthenticateUseCase authenticate) {
    Objects.requireNonNull(authenticate, "authenticate");
    Authorizer<CallerPrincipal> roles = (principal, role, request) -> hasRole(principal, role);
    this.bearerFilter = new OAuthCredentialAuthFilter.Builder<CallerPrincipal>()
        .setAuthenticator(token -> authenticate.byAccessToken(token).map(CallerPrincipal::new))
        .setAuthorizer(roles)
        .setPrefix(BEARER)
        .setRealm(REALM)
        .buildAuthFilter();
    this.apiKeyFilter = new ApiKeyAuthFilter.Builder<CallerPrincipal>()
        .setAuthenticator(key -> authenticate.byApiKey(key).map(CallerPrincipal::new))
        .setAuthorizer(roles)
        .setPrefix(BEARER)
        .setRealm(REALM)
        .buildAuthFilter();
  }

  private static boolean hasRole(CallerPrincipal principal, String role) {
    for (Role r : Role.values()) {
      if (r.name().equalsIgnoreCase(role)) {
        return principal.actor().hasRole(r);
      }
    }
    return false;
  }

  @Override
  public Actor resolve(ContainerRequestContext request) {
    List<String> authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    List<String> apiKey = request.getHeaders().get(ApiKeyAuthFilter.HEADER);
    boolean tokenInUrl = request.getUriInfo().getQueryParameters()
        .containsKey(OAuthCredentialAuthFilter.OAUTH_ACCESS_TOKEN_PARAM);
    boolean hasAuthorization = authorization != null && !authorization.isEmpty();
    boolean hasApiKey = apiKey != null && !apiKey.isEmpty();
    if (!hasAuthorization && !hasApiKey && !tokenInUrl) {
      return Actor.anonymous();
    }
    if (tokenInUrl) {
      throw RequestProblemException.unauthorized("Access tokens are not accepted in the URL; send them as "
          + "Authorization: Bearer <access token>.");
    }
    if (hasAuthorization && hasApiKey) {
      throw RequestProblemException.unauthorized("Send one credential: Authorization: Bearer <access token> "
          + "or X-API-Key: <key>, not both.");
    }
    if ((hasAuthorization && authorization.size() > 1) || (hasApiKey && apiKey.size() > 1)) {
      throw RequestProblemException.unauthorized("Send the credential header once.");
    }
    if (hasAuthorization && !isBearer(authorization.get(0))) {
      throw RequestProblemException.unauthorized("The Authorization header must read Bearer <access token>.");
    }
    try {
      (hasAuthorization ? bearerFilter : apiKeyFilter).filter(request);
    } catch (WebApplicationException refused) {
      if (refused.getResponse().getStatus() == Response.Status.UNAUTHORIZED.getStatusCode()) {
        throw new InvalidCredentialsException();
      }
      throw refused;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CallerPrincipal.of(request).map(CallerPrincipal::actor).orElseThrow(() ->
        new IllegalStateException("the authentication chain passed without setting a CallerPrincipal"));
  }

  private static boolean isBearer(String header) {
    return header.length() > BEARER.length() && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && header.charAt(BEARER.length()) == ' ';
  }
}
