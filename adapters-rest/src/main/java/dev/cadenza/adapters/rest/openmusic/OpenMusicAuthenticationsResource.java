package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.http.ClientAddresses;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.port.in.LoginCommand;
import dev.cadenza.domain.users.port.in.TokenPair;
import dev.cadenza.domain.users.port.in.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /authentications}: sign in ({@code POST}, unknown user or wrong password {@code 401}),
 * renew the access token ({@code PUT}) and sign out ({@code DELETE}, with the refresh token in the
 * body). Refresh tokens are the users context's (stored as hashes, revoked by logout); an access
 * token, an unknown, revoked or expired token given as the refresh token answers {@code 400}, as
 * the contract says. Sign-ins are throttled like the native API's.
 */
@Path("/authentications")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicAuthenticationsResource {

  private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

  private final UserAccounts users;
  private final ClientAddresses clients;

  public OpenMusicAuthenticationsResource(UserAccounts users, ClientAddresses clients) {
    this.users = Objects.requireNonNull(users, "users");
    this.clients = Objects.requireNonNull(clients, "clients");
  }

  @POST
  public Response login(String body, @Context HttpServletRequest http) {
    Payload in = Payload.parse(body);
    String username = in.text("username");
    String password = in.text("password");
    String client = clients.clientAddress(http == null ? null : http.getRemoteAddr(),
        http == null ? null : ClientAddresses.values(http.getHeaders(ClientAddresses.FORWARDED_FOR)));
    TokenPair tokens = users.login().login(new LoginCommand(username, password, client));
    Map<String, String> data = new LinkedHashMap<>();
    data.put("accessToken", tokens.accessToken());
    data.put("refreshToken", tokens.refreshToken());
    return Response.status(Response.Status.CREATED).cacheControl(NO_STORE)
        .entity(Envelope.data("Signed in.", data)).build();
  }

  /**
   * A new access token. Where the users context rotates refresh tokens
   * ({@code openmusic.rotateRefreshTokens}), the answer also carries the new refresh token.
   */
  @PUT
  public Response refresh(String body) {
    String refreshToken = Payload.parse(body).text("refreshToken");
    TokenPair tokens;
    try {
      tokens = users.refresh().refresh(refreshToken);
    } catch (InvalidCredentialsException e) {
      throw OpenMusicException.badRequest("The refresh token is not valid.");
    }
    Map<String, String> data = new LinkedHashMap<>();
    data.put("accessToken", tokens.accessToken());
    if (!tokens.refreshToken().equals(refreshToken)) {
      data.put("refreshToken", tokens.refreshToken());
    }
    return Response.ok(Envelope.data("Access token renewed.", data)).cacheControl(NO_STORE).build();
  }

  @DELETE
  public Envelope logout(String body) {
    String refreshToken = Payload.parse(body).text("refreshToken");
    boolean ended;
    try {
      ended = users.logout().logout(refreshToken);
    } catch (InvalidCredentialsException e) {
      throw OpenMusicException.badRequest("The refresh token is not valid.");
    }
    // the contract deletes a token at logout: a second logout with it finds none
    if (!ended) {
      throw OpenMusicException.badRequest("The refresh token is not valid.");
    }
    return Envelope.message("Signed out.");
  }
}
