package dev.cadenza.adapters.rest.users;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.Anonymous;
import dev.cadenza.adapters.rest.http.ClientAddresses;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.domain.users.port.in.LoginCommand;
import dev.cadenza.domain.users.port.in.LoginUseCase;
import dev.cadenza.domain.users.port.in.LogoutUseCase;
import dev.cadenza.domain.users.port.in.RefreshSessionUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Set;

/** {@code /api/v1/auth}: sign in, refresh, sign out. */
@Path("/api/v1/auth")
@Tag(name = "sessions", description = "Access and refresh tokens.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  private final LoginUseCase login;
  private final RefreshSessionUseCase refresh;
  private final LogoutUseCase logout;
  private final ClientAddresses clients;

  public AuthResource(LoginUseCase login, RefreshSessionUseCase refresh, LogoutUseCase logout,
                      ClientAddresses clients) {
    this.login = Objects.requireNonNull(login, "login");
    this.refresh = Objects.requireNonNull(refresh, "refresh");
    this.logout = Objects.requireNonNull(logout, "logout");
    this.clients = Objects.requireNonNull(clients, "clients");
  }

  @POST
  @Anonymous
  @Path("token")
  @Operation(operationId = "signIn", summary = "Sign in",
      description = "A new session: a short-lived access token and a refresh token. Unknown user, wrong password "
          + "and inactive account all answer the same 401. After 10 failures in 5 minutes (by default) for a "
          + "username or from a client address, sign-ins from there answer 429 for a while.",
      responses = {
          @ApiResponse(responseCode = "201", description = "Signed in.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenJson.class))),
          @ApiResponse(responseCode = "401", description = "The username and password do not match an active account."),
          @ApiResponse(responseCode = "422", description = "username or password missing."),
          @ApiResponse(responseCode = "429", description = "Too many failed sign-ins; retry after Retry-After seconds.",
              headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer")))})
  public Response token(
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.Credentials.class))) JsonNode body,
      @Context HttpServletRequest http) {
    Inputs.Credentials in = JsonBodies.bind(JsonBodies.object(body), Inputs.Credentials.class, Set.of());
    UsersWire.required("username", in.username());
    UsersWire.required("password", in.password());
    String client = clients.clientAddress(http == null ? null : http.getRemoteAddr(),
        http == null ? null : ClientAddresses.values(http.getHeaders(ClientAddresses.FORWARDED_FOR)));
    TokenJson tokens = TokenJson.of(login.login(new LoginCommand(in.username(), in.password(), client)));
    return Response.status(Response.Status.CREATED).entity(tokens).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  @POST
  @Anonymous
  @Path("refresh")
  @Operation(operationId = "refreshSession", summary = "Renew the access token",
      description = "Exchanges a refresh token for a new access token and a new refresh token; the old refresh token "
          + "stops working. Presenting a refresh token that was already exchanged ends the whole session.",
      responses = {
          @ApiResponse(responseCode = "200", description = "New tokens.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenJson.class))),
          @ApiResponse(responseCode = "401", description = "Unknown, expired, revoked or already used refresh token, or "
              + "an access token."),
          @ApiResponse(responseCode = "422", description = "refreshToken missing.")})
  public Response refresh(
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.RefreshTokenBody.class))) JsonNode body) {
    String token = refreshToken(body);
    return Response.ok(TokenJson.of(refresh.refresh(token))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  @POST
  @Anonymous
  @Path("logout")
  @Operation(operationId = "signOut", summary = "Sign out",
      description = "Ends the session the refresh token belongs to; its access tokens stop working too.",
      responses = {
          @ApiResponse(responseCode = "204", description = "Signed out; also for a refresh token of a session that had"
              + " ended already (expired, revoked or signed out), so signing out twice is harmless."),
          @ApiResponse(responseCode = "401", description = "An unknown refresh token: never issued, or of a session that"
              + " ended longer ago than the service keeps ended sessions (auth.endedSessionRetention, 7 days)."),
          @ApiResponse(responseCode = "422", description = "refreshToken missing.")})
  public Response logout(
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.RefreshTokenBody.class))) JsonNode body) {
    logout.logout(refreshToken(body));
    return Response.noContent().build();
  }

  private static String refreshToken(JsonNode body) {
    Inputs.RefreshTokenBody in = JsonBodies.bind(JsonBodies.object(body), Inputs.RefreshTokenBody.class, Set.of());
    return UsersWire.required("refreshToken", in.refreshToken());
  }
}
