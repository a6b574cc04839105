package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.ContentTags;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.port.in.CollaboratorChange;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.ListCollaboratorsUseCase;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorUseCase;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/** {@code /api/v1/playlists/{id}/collaborators}: who besides the owner may read or edit a playlist. */
@Path(PlaylistCollaboratorResource.PATH)
@Tag(name = "playlists")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistCollaboratorResource {

  static final String PATH = "/api/v1/playlists/{id}/collaborators";

  private final GetPlaylistUseCase getPlaylist;
  private final ListCollaboratorsUseCase listCollaborators;
  private final SetCollaboratorUseCase setCollaborator;
  private final RemoveCollaboratorUseCase removeCollaborator;
  private final ContentTags tags;

  public PlaylistCollaboratorResource(GetPlaylistUseCase getPlaylist, ListCollaboratorsUseCase listCollaborators,
                                      SetCollaboratorUseCase setCollaborator,
                                      RemoveCollaboratorUseCase removeCollaborator, JsonWriters writers) {
    this.tags = new ContentTags(writers);
    this.getPlaylist = Objects.requireNonNull(getPlaylist, "getPlaylist");
    this.listCollaborators = Objects.requireNonNull(listCollaborators, "listCollaborators");
    this.setCollaborator = Objects.requireNonNull(setCollaborator, "setCollaborator");
    this.removeCollaborator = Objects.requireNonNull(removeCollaborator, "removeCollaborator");
  }

  @GET
  @Operation(operationId = "listCollaborators", summary = "A playlist's collaborators",
      description = "In the order they joined. For the playlist's readers.",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of collaborators.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = CollaboratorJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "A bad limit or cursor."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public CollaboratorJson.ListJson list(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    return CollaboratorJson.ListJson.of(listCollaborators.listCollaborators(CallerFilter.caller(request), playlistId,
        page), page.limit());
  }

  @GET
  @Path("{userId}")
  @Operation(operationId = "getCollaborator", summary = "One collaborator of a playlist",
      description = "For the playlist's readers, as the list shows them.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The collaborator.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: a digest of this answer.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = CollaboratorJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, you may not see it, or the "
              + "user is not one of its collaborators.")})
  public Response get(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "The collaborator's user id.") @PathParam("userId") String userId,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    return tags.ok(CollaboratorJson.of(listCollaborators.getCollaborator(CallerFilter.caller(request), playlistId,
        PlaylistsWire.userId(userId))), CollaboratorJson.class, ifNoneMatch);
  }

  @PUT
  @Path("{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setCollaborator", summary = "Add a collaborator or change their role",
      description = "The owner only. editor: adds, removes and moves entries, changes name and description; viewer: "
          + "reads a private playlist. Setting the role a collaborator has changes nothing (200).",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The collaborator's role was changed, or already was this.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The playlist's entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = CollaboratorJson.class))),
          @ApiResponse(responseCode = "201", description = "The user joined the playlist.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = "The playlist's new entity tag.",
                      schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = CollaboratorJson.class))),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but are not its owner."),
          @ApiResponse(responseCode = "404", description = "No such playlist (or you may not see it), or no such user."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now, or this collaborator when its own tag "
              + "was sent."),
          @ApiResponse(responseCode = "422", description = "role missing or not editor or viewer, or the user is the "
              + "owner.")})
  public Response set(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "The collaborator's user id.") @PathParam("userId") String userId,
      @Parameter(description = "Apply only to this state: the playlist's entity tag (its ETag), this collaborator's own "
          + "(from a read of this URL), or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = PlaylistInputs.CollaboratorRole.class))) JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    UserId user = PlaylistsWire.userId(userId);
    PlaylistInputs.CollaboratorRole in = JsonBodies.bind(JsonBodies.object(body), PlaylistInputs.CollaboratorRole.class,
        Set.of("user", "addedAt"));
    PlaylistRole role = PlaylistsWire.collaboratorRole(in.role());
    Actor actor = PlaylistsWire.signedIn(request);
    OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId, "collaborator",
        () -> collaboratorNow(actor, playlistId, user));
    CollaboratorChange change = setCollaborator.setCollaborator(new SetCollaboratorCommand(actor, playlistId, user,
        role, expected));
    String etag = PlaylistsWire.etag(change.playlist());
    CollaboratorJson json = CollaboratorJson.of(change.collaborator());
    if (change.added()) {
      // the ids as the service writes them, whatever case the request used
      URI location = uriInfo.getBaseUriBuilder().path(PlaylistCollaboratorResource.class).path(user.toString())
          .build(playlistId.toString());
      return Response.created(location).header(HttpHeaders.ETAG, etag).entity(json).build();
    }
    return Response.ok(json).header(HttpHeaders.ETAG, etag).build();
  }

  @DELETE
  @Path("{userId}")
  @Operation(operationId = "removeCollaborator", summary = "Remove a collaborator",
      description = "The owner only. Removing a user who is not a collaborator changes nothing (204).",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "204", description = "Not (or no longer) a collaborator.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The playlist's entity tag.",
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but are not its owner."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now, or this collaborator when its own tag "
              + "was sent.")})
  public Response remove(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "The collaborator's user id.") @PathParam("userId") String userId,
      @Parameter(description = "Apply only to this state: the playlist's entity tag (its ETag), this collaborator's own "
          + "(from a read of this URL), or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    // A malformed id answers as an unknown one does (API.md): removing someone who is not a
    // collaborator changes nothing, after the same checks of the playlist and the caller.
    UserId user = Uuids.parse(userId).map(UserId::new).orElse(PlaylistsWire.NO_USER);
    Actor actor = PlaylistsWire.signedIn(request);
    OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId, "collaborator",
        () -> collaboratorNow(actor, playlistId, user));
    Playlist after = removeCollaborator.removeCollaborator(new RemoveCollaboratorCommand(actor, playlistId, user,
        expected));
    return Response.noContent().header(HttpHeaders.ETAG, PlaylistsWire.etag(after)).build();
  }

  /** The collaborator as a read of its URL shows it, with its tag: what an If-Match of that tag was about. */
  private Representations.Representation collaboratorNow(Actor actor, PlaylistId playlistId, UserId user) {
    CollaboratorJson json = CollaboratorJson.of(listCollaborators.getCollaborator(actor, playlistId, user));
    return new Representations.Representation(json, tags.tag(json, CollaboratorJson.class));
  }
}
