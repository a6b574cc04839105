package dev.cadenza.adapters.rest.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.auth.CallerPrincipal;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.ClientAddresses;
import dev.cadenza.adapters.rest.http.ContentTags;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.users.port.in.CreatedApiKey;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import dev.cadenza.domain.users.port.in.ManageApiKeysUseCase;
import dev.cadenza.domain.users.port.in.UpdateProfileCommand;
import dev.cadenza.domain.users.port.in.UpdateProfileUseCase;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** {@code /api/v1/me}: the caller's own account and API keys. */
@Path("/api/v1/me")
@Tag(name = "me", description = "The caller's own account and API keys.")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = OpenApiDocument.BEARER)
@SecurityRequirement(name = OpenApiDocument.API_KEY)
public class MeResource {

  static final String MERGE_PATCH_JSON = "application/merge-patch+json";
  private static final Set<String> READ_ONLY = Set.of("id", "username", "status", "roles", "createdAt", "updatedAt");

  private final GetUserUseCase getUser;
  private final UpdateProfileUseCase updateProfile;
  private final ManageApiKeysUseCase apiKeys;
  private final ClientAddresses clients;
  private final ContentTags tags;

  public MeResource(GetUserUseCase getUser, UpdateProfileUseCase updateProfile, ManageApiKeysUseCase apiKeys,
                    ClientAddresses clients, JsonWriters writers) {
    this.tags = new ContentTags(writers);
    this.getUser = Objects.requireNonNull(getUser, "getUser");
    this.updateProfile = Objects.requireNonNull(updateProfile, "updateProfile");
    this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
    this.clients = Objects.requireNonNull(clients, "clients");
  }

  /** The signed-in caller; anonymous callers answer 401. */
  private static Actor signedIn(ContainerRequestContext request) {
    Actor actor = CallerFilter.caller(request);
    if (actor.userId().isEmpty()) {
      throw new AuthenticationRequiredException();
    }
    return actor;
  }

  /**
   * Refuses an API key for what needs a session: a key that could make keys, or move the account's
   * e-mail or password, would outlive its own revocation through what it made.
   */
  private static void requireSession(ContainerRequestContext request, String what) {
    if (CallerPrincipal.sessionOf(request).isEmpty()) {
      throw RequestProblemException.sessionRequired(what + " needs a signed-in session (a bearer token), not an "
          + "API key: a key cannot make keys or change the account's e-mail or password.");
    }
  }

  @GET
  @Operation(operationId = "getMe", summary = "Your account",
      responses = {
          @ApiResponse(responseCode = "200", description = "Your account, private view.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: the account's version.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The current entity tag.",
                  schema = @Schema(type = "string")))})
  public Response me(
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context ContainerRequestContext request) {
    Actor me = signedIn(request);
    UserProfile profile = getUser.getUser(me, me.userId().orElseThrow());
    String etag = UsersWire.etag(profile);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, UsersWire.VARY).build();
    }
    return Response.ok(UserJson.of(profile)).header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, UsersWire.VARY)
        .build();
  }

  @PATCH
  @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "patchMe", summary = "Change your full name, e-mail or password",
      description = "JSON merge patch. A new password needs currentPassword; it ends every other session (the one "
          + "making the change stays signed in). Other changes may send currentPassword to confirm them; it is "
          + "checked whenever it is sent, and a wrong one refuses the whole change. A wrong currentPassword counts as a failed sign-in for your "
          + "username and your client address: after 10 failures in 5 minutes (by default) password changes, like "
          + "sign-ins, answer 429 for a while, without checking the password.",
      responses = {
          @ApiResponse(responseCode = "200", description = "Your account as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The account's new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class))),
          @ApiResponse(responseCode = "403", description = "An e-mail or password change with an API key "
              + "(code SessionRequired): those need a session."),
          @ApiResponse(responseCode = "409", description = "The e-mail address is taken."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the account's current entity "
              + "tag; the problem's current member holds your account as it is now."),
          @ApiResponse(responseCode = "422", description = "Invalid values, or a wrong or missing currentPassword."),
          @ApiResponse(responseCode = "429", description = "A password change after too many failed sign-ins or "
              + "password checks; retry after Retry-After seconds.",
              headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer")))})
  public Response patch(
      @Parameter(description = "Apply only to this version of your account: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = {
          @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = Inputs.ProfilePatch.class)),
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Inputs.ProfilePatch.class))})
      JsonNode body,
      @Context ContainerRequestContext request,
      @Context HttpServletRequest http) {
    Actor me = signedIn(request);
    ObjectNode object = JsonBodies.object(body);
    if (object.has("email") || object.has("password")) {
      requireSession(request, "Changing your e-mail or password");
    }
    Inputs.ProfilePatch in = JsonBodies.bind(object, Inputs.ProfilePatch.class, READ_ONLY);
    List<FieldError> nulls = new ArrayList<>();
    for (String secret : List.of("password", "currentPassword")) {
      if (object.has(secret) && object.get(secret).isNull()) {
        // a password cannot be cleared: null would otherwise read as "no change" and hide a client bug
        nulls.add(new FieldError(secret, "must be a string (a password cannot be removed)"));
      }
    }
    if (!nulls.isEmpty()) {
      throw RequestProblemException.invalid(nulls);
    }
    Change<String> fullName = object.has("fullName") ? Change.to(in.fullName()) : Change.keep();
    Change<String> email = object.has("email") ? Change.to(in.email()) : Change.keep();
    String client = clients.clientAddress(http == null ? null : http.getRemoteAddr(),
        http == null ? null : ClientAddresses.values(http.getHeaders(ClientAddresses.FORWARDED_FOR)));
    OptionalLong expected = UsersWire.expectedVersion(ifMatch, () -> getUser.getUser(me, me.userId().orElseThrow()));
    UserProfile changed = updateProfile.updateProfile(new UpdateProfileCommand(me, CallerPrincipal.sessionOf(request),
        fullName, email, Optional.ofNullable(in.currentPassword()), Optional.ofNullable(in.password()), client,
        expected));
    return Response.ok(UserJson.of(changed)).header(HttpHeaders.ETAG, UsersWire.etag(changed)).build();
  }

  @GET
  @Path("api-keys")
  @Operation(operationId = "listApiKeys", summary = "Your API keys",
      description = "Newest first, revoked ones included, with when each was last used.",
      responses = @ApiResponse(responseCode = "200", description = "A page of keys.",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyJson.ListJson.class))))
  public ApiKeyJson.ListJson listKeys(
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Parameter(description = "Also count all your keys (page.total).",
          schema = @Schema(type = "boolean", defaultValue = "false"))
      @QueryParam("includeTotal") String includeTotal,
      @Context ContainerRequestContext request) {
    Actor me = signedIn(request);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    return ApiKeyJson.ListJson.of(apiKeys.listApiKeys(me, page), page.limit());
  }

  @POST
  @Path("api-keys")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createApiKey", summary = "Create an API key",
      description = "The answer holds the whole key, this once; only a hash is kept. The key acts with your roles, "
          + "but cannot make keys or change your e-mail or password: those need a signed-in session.",
      responses = {
          @ApiResponse(responseCode = "201", description = "Created.",
              headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyJson.class))),
          @ApiResponse(responseCode = "403", description = "Asked with an API key (code SessionRequired): keys are "
              + "made in a signed-in session, so that revoking a leaked key ends what it can do."),
          @ApiResponse(responseCode = "422", description = "name missing or too long.")})
  public Response createKey(
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = Inputs.ApiKeyRequest.class))) JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    Actor me = signedIn(request);
    requireSession(request, "Creating an API key");
    Inputs.ApiKeyRequest in = JsonBodies.bind(JsonBodies.object(body), Inputs.ApiKeyRequest.class, Set.of());
    CreatedApiKey created = apiKeys.createApiKey(me, in.name());
    URI location = uriInfo.getBaseUriBuilder().path(MeResource.class).path("api-keys")
        .path(created.key().id().toString()).build();
    return Response.created(location).entity(ApiKeyJson.of(created)).header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @GET
  @Path("api-keys/{id}")
  @Operation(operationId = "getApiKey", summary = "One of your API keys",
      description = "As listed: name, prefix, when it was created, last used and revoked; never the secret.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The key.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: a digest of this answer.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "You have no key with this id.")})
  public Response getKey(@Parameter(description = "The key id.") @PathParam("id") String id,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                         @Context ContainerRequestContext request) {
    Actor me = signedIn(request);
    return tags.ok(ApiKeyJson.of(apiKeys.getApiKey(me, UsersWire.apiKeyId(id))), ApiKeyJson.class, ifNoneMatch);
  }

  @DELETE
  @Path("api-keys/{id}")
  @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
      description = "The key stops working at once on this instance, and on the others within the credential "
          + "cache's lifetime (CADENZA_CREDENTIAL_CACHE_TTL, 5 seconds by default). Revoking a revoked key answers "
          + "204 again.",
      responses = {
          @ApiResponse(responseCode = "204", description = "Revoked."),
          @ApiResponse(responseCode = "404", description = "You have no key with this id.")})
  public Response revokeKey(@PathParam("id") String id, @Context ContainerRequestContext request) {
    Actor me = signedIn(request);
    apiKeys.revokeApiKey(me, UsersWire.apiKeyId(id));
    return Response.noContent().build();
  }
}
