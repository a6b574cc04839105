package dev.cadenza.adapters.rest.users;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.playlists.LibrarySummaryJson;
import dev.cadenza.domain.playlists.port.in.GetLibrarySummaryUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.RegisterUserUseCase;
import dev.cadenza.domain.users.port.in.SetUserRolesUseCase;
import dev.cadenza.domain.users.port.in.SetUserStatusUseCase;
import dev.cadenza.domain.users.port.in.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code /api/v1/users}: registration, profiles, and the admins' status and role changes. */
@Path("/api/v1/users")
@Tag(name = "users", description = "Accounts.")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  private static final Set<String> READ_ONLY = Set.of("id", "status", "roles", "createdAt", "updatedAt");

  private final RegisterUserUseCase register;
  private final GetUserUseCase getUser;
  private final SetUserStatusUseCase setStatus;
  private final SetUserRolesUseCase setRoles;
  private final GetLibrarySummaryUseCase librarySummary;

  /** Without library summaries in the profiles. */
  public UserResource(RegisterUserUseCase register, GetUserUseCase getUser, SetUserStatusUseCase setStatus,
                      SetUserRolesUseCase setRoles) {
    this(register, getUser, setStatus, setRoles, (reader, user) -> Optional.empty());
  }

  /** With the library summary (from the playlists context) in the private view of a profile. */
  public UserResource(RegisterUserUseCase register, GetUserUseCase getUser, SetUserStatusUseCase setStatus,
                      SetUserRolesUseCase setRoles, GetLibrarySummaryUseCase librarySummary) {
    this.register = Objects.requireNonNull(register, "register");
    this.getUser = Objects.requireNonNull(getUser, "getUser");
    this.setStatus = Objects.requireNonNull(setStatus, "setStatus");
    this.setRoles = Objects.requireNonNull(setRoles, "setRoles");
    this.librarySummary = Objects.requireNonNull(librarySummary, "librarySummary");
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "register", summary = "Open an account",
      description = "Anyone may register; the account gets the user role.",
      responses = {
          @ApiResponse(responseCode = "201", description = "Registered.",
              headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "409", description = "The username or the e-mail address is taken."),
          @ApiResponse(responseCode = "422", description = "Missing or invalid values, per field.")})
  public Response register(
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.Registration.class))) JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    Inputs.Registration in = JsonBodies.bind(JsonBodies.object(body), Inputs.Registration.class, READ_ONLY);
    User user = register.register(new RegisterUserCommand(CallerFilter.caller(request), in.username(), in.password(),
        in.fullName(), in.email()));
    URI location = uriInfo.getBaseUriBuilder().path(UserResource.class).path(user.id().toString()).build();
    return Response.created(location).entity(UserJson.privateView(user)).build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getUser", summary = "Get an account",
      description = "The public profile; the user themself and admins also see the private members, including a "
          + "summary of the user's library.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The account.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "404", description = "No account has this id.")})
  public UserJson get(@Parameter(description = "The user id.") @PathParam("id") String id,
                      @Context ContainerRequestContext request) {
    Actor viewer = CallerFilter.caller(request);
    UserId user = UsersWire.userId(id);
    UserProfile profile = getUser.getUser(viewer, user);
    UserJson json = UserJson.of(profile);
    if (profile.privateView()) {
      json = librarySummary.getLibrarySummary(viewer, user).map(LibrarySummaryJson::of).map(json::withLibrary)
          .orElse(json);
    }
    return json;
  }

  @PUT
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setUserStatus", summary = "Activate or deactivate an account (admin)",
      description = "Deactivating ends every session of the account at once and stops its access tokens and API keys.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The account as changed.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "403", description = "The caller is not an admin."),
          @ApiResponse(responseCode = "404", description = "No account has this id."),
          @ApiResponse(responseCode = "409", description = "Deactivating the last active admin (code LastAdmin)."),
          @ApiResponse(responseCode = "422", description = "active missing.")})
  public UserJson setStatus(
      @Parameter(description = "The user id.") @PathParam("id") String id,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.StatusChange.class))) JsonNode body,
      @Context ContainerRequestContext request) {
    Inputs.StatusChange in = JsonBodies.bind(JsonBodies.object(body), Inputs.StatusChange.class, Set.of());
    boolean active = UsersWire.required("active", in.active());
    return UserJson.of(setStatus.setStatus(CallerFilter.caller(request), UsersWire.userId(id),
        active ? AccountStatus.ACTIVE : AccountStatus.INACTIVE));
  }

  @PUT
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setUserRoles", summary = "Set an account's roles (admin)",
      description = "curator may write the catalog; admin may do everything. user is always kept.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The account as changed.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "403", description = "The caller is not an admin."),
          @ApiResponse(responseCode = "404", description = "No account has this id."),
          @ApiResponse(responseCode = "409", description = "Taking the admin role from the last active admin (code LastAdmin)."),
          @ApiResponse(responseCode = "422", description = "roles missing or naming an unknown role.")})
  public UserJson setRoles(
      @Parameter(description = "The user id.") @PathParam("id") String id,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.RolesChange.class))) JsonNode body,
      @Context ContainerRequestContext request) {
    Inputs.RolesChange in = JsonBodies.bind(JsonBodies.object(body), Inputs.RolesChange.class, Set.of());
    return UserJson.of(setRoles.setRoles(CallerFilter.caller(request), UsersWire.userId(id),
        UsersWire.parseRoles(in.roles())));
  }
}
