package dev.cadenza.adapters.rest.users;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.AdminOnly;
import dev.cadenza.adapters.rest.http.Anonymous;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.playlists.LibrarySummaryJson;
import dev.cadenza.domain.playlists.model.LibrarySummary;
import dev.cadenza.domain.playlists.port.in.GetLibrarySummaryUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
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
import jakarta.ws.rs.HeaderParam;
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
import java.util.OptionalLong;
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
  @Anonymous
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "register", summary = "Open an account",
      description = "Anyone may register; the account gets the user role.",
      responses = {
          @ApiResponse(responseCode = "201", description = "Registered.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: the account's version, as"
                      + " GET /api/v1/me tags it (and If-Match on the account's writes takes it).",
                      schema = @Schema(type = "string"))},
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
    return Response.created(location).entity(UserJson.privateView(user)).header(HttpHeaders.ETAG,
        UsersWire.privateEtag(user)).build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getUser", summary = "Get an account",
      description = "The public profile; the user themself and admins also see the private members, including a "
          + "summary of the user's library.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The account.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: the account's version, "
                  + "and which view (public, or private with the library's counts) it shows; If-Match reads the "
                  + "version.", schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The current entity tag.",
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No account has this id.")})
  public Response get(@Parameter(description = "The user id.") @PathParam("id") String id,
                      @Parameter(description = "Entity tags the client already has; a match answers 304.")
                      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                      @Context ContainerRequestContext request) {
    Actor viewer = CallerFilter.caller(request);
    UserId user = UsersWire.userId(id);
    UserProfile profile = getUser.getUser(viewer, user);
    Optional<LibrarySummary> library = profile.privateView()
        ? librarySummary.getLibrarySummary(viewer, user) : Optional.empty();
    String etag = UsersWire.etag(profile, library);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, UsersWire.VARY).build();
    }
    UserJson json = UserJson.of(profile);
    json = library.map(LibrarySummaryJson::of).map(json::withLibrary).orElse(json);
    return Response.ok(json).header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, UsersWire.VARY).build();
  }

  @PUT
  @AdminOnly
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setUserStatus", summary = "Activate or deactivate an account (admin)",
      description = "Deactivating ends every session of the account and stops its access tokens and API keys: at "
          + "once on this instance, and on the others within the credential cache's lifetime "
          + "(CADENZA_CREDENTIAL_CACHE_TTL, 5 seconds by default).",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The account as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The account's new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "403", description = "The caller is not an admin."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the account's current entity "
              + "tag; the problem's current member holds the account as it is now."),
          @ApiResponse(responseCode = "404", description = "No account has this id."),
          @ApiResponse(responseCode = "409", description = "Deactivating the last active admin (code LastAdmin)."),
          @ApiResponse(responseCode = "422", description = "active missing.")})
  public Response setStatus(
      @Parameter(description = "The user id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version of the account: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.StatusChange.class))) JsonNode body,
      @Context ContainerRequestContext request) {
    Inputs.StatusChange in = JsonBodies.bind(JsonBodies.object(body), Inputs.StatusChange.class, Set.of());
    boolean active = UsersWire.required("active", in.active());
    Actor admin = CallerFilter.caller(request);
    UserId user = UsersWire.userId(id);
    OptionalLong expected = expectedVersion(ifMatch, admin, user);
    return changed(setStatus.setStatus(admin, user, active ? AccountStatus.ACTIVE : AccountStatus.INACTIVE, expected));
  }

  @PUT
  @AdminOnly
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setUserRoles", summary = "Set an account's roles (admin)",
      description = "curator may write the catalog; admin may do everything. user is always kept.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The account as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The account's new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "403", description = "The caller is not an admin."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the account's current entity "
              + "tag; the problem's current member holds the account as it is now."),
          @ApiResponse(responseCode = "404", description = "No account has this id."),
          @ApiResponse(responseCode = "409", description = "Taking the admin role from the last active admin (code LastAdmin)."),
          @ApiResponse(responseCode = "422", description = "roles missing or naming an unknown role.")})
  public Response setRoles(
      @Parameter(description = "The user id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version of the account: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.RolesChange.class))) JsonNode body,
      @Context ContainerRequestContext request) {
    Inputs.RolesChange in = JsonBodies.bind(JsonBodies.object(body), Inputs.RolesChange.class, Set.of());
    Set<Role> roles = UsersWire.parseRoles(in.roles());
    Actor admin = CallerFilter.caller(request);
    UserId user = UsersWire.userId(id);
    OptionalLong expected = expectedVersion(ifMatch, admin, user);
    return changed(setRoles.setRoles(admin, user, roles, expected));
  }

  /**
   * The version an admin's change applies to. Only admins get this far (@AdminOnly), so others learn
   * nothing of the account from a {@code 412}.
   */
  private OptionalLong expectedVersion(String ifMatch, Actor admin, UserId user) {
    return UsersWire.expectedVersion(ifMatch, () -> getUser.getUser(admin, user));
  }

  private static Response changed(UserProfile profile) {
    return Response.ok(UserJson.of(profile)).header(HttpHeaders.ETAG, UsersWire.etag(profile)).build();
  }
}
