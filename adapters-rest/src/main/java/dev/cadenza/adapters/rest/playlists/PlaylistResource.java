package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.http.RenderedJson;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.playlists.model.PlaylistChanges;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.ListMyPlaylistsUseCase;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
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
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/** {@code /api/v1/playlists}: the caller's playlists, and each playlist's details. */
@Path(PlaylistResource.PATH)
@Tag(name = "playlists", description = "Playlists, their entries, collaborators and history.")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistResource {

  static final String PATH = "/api/v1/playlists";
  static final String MERGE_PATCH_JSON = "application/merge-patch+json";
  static final Set<String> READ_ONLY = Set.of("id", "ownerId", "role", "entryCount", "durationSeconds", "version",
      "createdAt", "updatedAt");

  private final CreatePlaylistUseCase createPlaylist;
  private final GetPlaylistUseCase getPlaylist;
  private final UpdatePlaylistUseCase updatePlaylist;
  private final DeletePlaylistUseCase deletePlaylist;
  private final ListMyPlaylistsUseCase listMyPlaylists;
  private final IdempotentPosts idempotent;
  private final RenderedJson rendered;

  public PlaylistResource(CreatePlaylistUseCase createPlaylist, GetPlaylistUseCase getPlaylist,
                          UpdatePlaylistUseCase updatePlaylist, DeletePlaylistUseCase deletePlaylist,
                          ListMyPlaylistsUseCase listMyPlaylists, HandleIdempotentRequestUseCase idempotency,
                          JsonWriters writers) {
    this.createPlaylist = Objects.requireNonNull(createPlaylist, "createPlaylist");
    this.getPlaylist = Objects.requireNonNull(getPlaylist, "getPlaylist");
    this.updatePlaylist = Objects.requireNonNull(updatePlaylist, "updatePlaylist");
    this.deletePlaylist = Objects.requireNonNull(deletePlaylist, "deletePlaylist");
    this.listMyPlaylists = Objects.requireNonNull(listMyPlaylists, "listMyPlaylists");
    this.idempotent = new IdempotentPosts(idempotency);
    this.rendered = RenderedJson.byValue(1_024, writers);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createPlaylist", summary = "Create a playlist",
      description = "An empty playlist owned by the caller, at version 1. With Idempotency-Key, a retry with the "
          + "same key and body gets the first answer again (same id) without creating another playlist; the same key "
          + "with another body answers 422. Keys are per caller and live 24 hours.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "201", description = "Created.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = PlaylistJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, a value has the wrong JSON type, or "
              + "the Idempotency-Key is not 1 to 255 visible ASCII characters."),
          @ApiResponse(responseCode = "422", description = "Missing or invalid values, unknown properties, or an "
              + "Idempotency-Key used before with another request.")})
  public Response create(
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = PlaylistInputs.NewPlaylist.class))) JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    PlaylistInputs.NewPlaylist in = JsonBodies.bind(JsonBodies.object(body), PlaylistInputs.NewPlaylist.class,
        READ_ONLY);
    PlaylistDetails details = PlaylistsWire.details(in.name(), in.description(), in.visibility());
    return idempotent.run(request, idempotencyKey, body, () -> {
      PlaylistView view = createPlaylist.createPlaylist(new CreatePlaylistCommand(CallerFilter.caller(request),
          details));
      URI location = uriInfo.getBaseUriBuilder().path(PlaylistResource.class).path(view.playlist().id().toString())
          .build();
      return Response.created(location).header(HttpHeaders.ETAG, PlaylistsWire.etag(view))
          .entity(PlaylistJson.of(view)).build();
    });
  }

  @GET
  @Operation(operationId = "listMyPlaylists", summary = "Your playlists",
      description = "The playlists you own or collaborate on, newest first, each with your role.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of playlists.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = PlaylistJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "A bad limit or cursor."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public Response mine(
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    Page<PlaylistView> mine = listMyPlaylists.listMyPlaylists(CallerFilter.caller(request), page);
    // the same list (records, compared by value) renders to the same bytes
    return rendered.ok(mine, page.limit(), PlaylistJson.ListJson.class,
        found -> PlaylistJson.ListJson.of(found, page.limit())).build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getPlaylist", summary = "Get a playlist",
      description = "Anyone may read a public playlist; a private one only its owner and collaborators (others, "
          + "admins included, get 404).",
      responses = {
          @ApiResponse(responseCode = "200", description = "The playlist.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: the version, the total "
                  + "duration and your role (these change without the version); If-Match reads the version.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = PlaylistJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it.")})
  public Response get(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context ContainerRequestContext request) {
    PlaylistView view = getPlaylist.getPlaylist(CallerFilter.caller(request), PlaylistsWire.playlistId(id));
    String etag = PlaylistsWire.etag(view);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, PlaylistsWire.VARY)
          .build();
    }
    return Response.ok(PlaylistJson.of(view)).header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, PlaylistsWire.VARY)
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "patchPlaylist", summary = "Rename, describe or change the visibility of a playlist",
      description = "JSON merge patch. The owner and editors change name and description; only the owner changes "
          + "the visibility. Every change is in the playlist's history.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The playlist as changed.",
              headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = PlaylistJson.class))),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but not change this."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now."),
          @ApiResponse(responseCode = "422", description = "Invalid values, or unknown properties.")})
  public Response patch(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = {
          @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = PlaylistInputs.PlaylistPatch.class)),
          @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlaylistInputs.PlaylistPatch.class))})
      JsonNode body,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    ObjectNode object = JsonBodies.object(body);
    PlaylistInputs.PlaylistPatch in = JsonBodies.bind(object, PlaylistInputs.PlaylistPatch.class, READ_ONLY);
    PlaylistChanges changes = PlaylistsWire.changes(object.has("name") ? Change.to(in.name()) : Change.keep(),
        object.has("description") ? Change.to(in.description()) : Change.keep(),
        object.has("visibility") ? Change.to(in.visibility()) : Change.keep());
    Actor actor = PlaylistsWire.signedIn(request);
    OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId);
    PlaylistView view = updatePlaylist.updatePlaylist(new UpdatePlaylistCommand(actor, playlistId, expected,
        changes));
    return Response.ok(PlaylistJson.of(view)).header(HttpHeaders.ETAG, PlaylistsWire.etag(view)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deletePlaylist", summary = "Delete a playlist",
      description = "The owner only; entries, collaborators and history go with it.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "204", description = "Deleted."),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but are not its owner."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now.")})
  public Response delete(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "Delete only this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    Actor actor = PlaylistsWire.signedIn(request);
    OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId);
    deletePlaylist.deletePlaylist(new DeletePlaylistCommand(actor, playlistId, expected));
    return Response.noContent().build();
  }
}
