package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.UserAccounts;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /users}: registration without an e-mail address (the users context takes it as optional),
 * under the password policy the composition root gave the adapter's accounts
 * ({@code openmusic.passwordMinLength}). A taken username answers {@code 400}.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicUsersResource {

  private final UserAccounts users;

  public OpenMusicUsersResource(UserAccounts users) {
    this.users = Objects.requireNonNull(users, "users");
  }

  @POST
  public Response register(String body, @Context ContainerRequestContext request) {
    Payload in = Payload.parse(body);
    String username = in.text("username");
    String password = in.text("password");
    String fullname = in.text("fullname");
    User user = users.register().register(new RegisterUserCommand(Callers.caller(request), username, password,
        fullname, null));
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data("User added.", "userId", user.id().toString())).build();
  }

  @GET
  @Path("{id}")
  public Envelope get(@PathParam("id") String id, @Context ContainerRequestContext request) {
    UserId userId = new UserId(Uuids.parse(id).orElseThrow(() -> OpenMusicException.notFound("User " + id
        + " not found.")));
    Actor caller = Callers.caller(request);
    User user = users.getUser().getUser(caller, userId).user();
    return Envelope.data(Map.of("user", new OpenMusicJson.User(user.id().toString(), user.username().value(),
        user.fullName())));
  }
}
