package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.ContentTags;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.http.RenderedJson;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.AddEntriesUseCase;
import dev.cadenza.domain.playlists.port.in.AddedEntries;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.ListEntriesUseCase;
import dev.cadenza.domain.playlists.port.in.MoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.MoveEntryUseCase;
import dev.cadenza.domain.playlists.port.in.MovedEntry;
import dev.cadenza.domain.playlists.port.in.RemoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.RemoveEntryUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.playlists.model.PlaylistRules;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.ValidationException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** {@code /api/v1/playlists/{id}/entries}: a playlist's songs, in order. */
@Path(PlaylistEntryResource.PATH)
@Tag(name = "playlists")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistEntryResource {

  static final String PATH = "/api/v1/playlists/{id}/entries";
  private static final Set<String> READ_ONLY = Set.of("entryId", "song", "addedBy", "addedAt");

  private final GetPlaylistUseCase getPlaylist;
  private final ListEntriesUseCase listEntries;
  private final AddEntriesUseCase addEntries;
  private final MoveEntryUseCase moveEntry;
  private final RemoveEntryUseCase removeEntry;
  private final IdempotentPosts idempotent;
  private final RenderedJson rendered;
  private final ContentTags tags;

  public PlaylistEntryResource(GetPlaylistUseCase getPlaylist, ListEntriesUseCase listEntries,
                               AddEntriesUseCase addEntries, MoveEntryUseCase moveEntry, RemoveEntryUseCase removeEntry,
                               HandleIdempotentRequestUseCase idempotency, JsonWriters writers) {
    this.getPlaylist = Objects.requireNonNull(getPlaylist, "getPlaylist");
    this.listEntries = Objects.requireNonNull(listEntries, "listEntries");
    this.addEntries = Objects.requireNonNull(addEntries, "addEntries");
    this.moveEntry = Objects.requireNonNull(moveEntry, "moveEntry");
    this.removeEntry = Objects.requireNonNull(removeEntry, "removeEntry");
    this.idempotent = new IdempotentPosts(idempotency);
    this.rendered = RenderedJson.byIdentity(1_024, writers);
    this.tags = new ContentTags(writers);
  }

  @GET
  @Operation(operationId = "listPlaylistEntries", summary = "A playlist's entries",
      description = "In position order, with each song's summary, who added it and when. For the playlist's readers.",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of entries.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = EntryJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "A bad limit or cursor."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public Response list(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    Page<EntryView> entries = listEntries.listEntries(CallerFilter.caller(request), playlistId, page);
    // a cached page is the same object until the playlist changes: rendered once (RenderedJson)
    return rendered.ok(entries, page.limit(), EntryJson.ListJson.class,
        found -> EntryJson.ListJson.of(found, page.limit())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "addPlaylistEntries", summary = "Add songs to a playlist",
      description = "Owner or editor. 1 to 100 songs, in order, at position (default: the end); each occurrence "
          + "becomes its own entry. Unknown song ids answer 422 naming each one (songIds[i]), and nothing is added. "
          + "Idempotency-Key works as for creating a playlist.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "201", description = "The entries created, and the playlist's new version.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, description = "The playlist's entries.",
                      schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = "The playlist's new entity tag.",
                      schema = @Schema(type = "string")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = EntryJson.Added.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, a value has the wrong JSON type, or "
              + "the Idempotency-Key is not 1 to 255 visible ASCII characters."),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but not change its entries."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now."),
          @ApiResponse(responseCode = "422", description = "No songs or more than 100, unknown song ids, a position "
              + "outside 0..entryCount, or an Idempotency-Key used before with another request.")})
  public Response add(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = PlaylistInputs.AddEntries.class))) JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    PlaylistInputs.AddEntries in = JsonBodies.bind(JsonBodies.object(body), PlaylistInputs.AddEntries.class,
        Set.of());
    List<SongId> songs = songIds(in.songIds());
    Actor actor = PlaylistsWire.signedIn(request);
    return idempotent.run(request, idempotencyKey, body, () -> {
      OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId);
      AddedEntries added = addEntries.addEntries(new AddEntriesCommand(actor, playlistId, expected, songs,
          in.position()));
      return Response.created(uriInfo.getBaseUriBuilder().path(PlaylistResource.class).path(playlistId.toString())
              .path("entries").build())
          .header(HttpHeaders.ETAG, PlaylistsWire.etag(added.playlist()))
          .entity(EntryJson.Added.of(added.entries(), added.playlist())).build();
    });
  }

  /** The ids as songs; ids that cannot be song ids are unknown songs, each named. */
  private static List<SongId> songIds(List<String> raw) {
    if (raw == null) {
      throw ValidationException.of("songIds", "must name at least one song");
    }
    if (raw.size() > PlaylistRules.MAX_SONGS_PER_ADD) {
      // before any id is looked at: an oversized list is refused as a whole
      throw ValidationException.of("songIds", "must name at most " + PlaylistRules.MAX_SONGS_PER_ADD + " songs");
    }
    List<SongId> ids = new ArrayList<>(raw.size());
    List<FieldViolation> unknown = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      Optional<SongId> id = text == null ? Optional.empty() : SongId.parse(text.strip());
      if (id.isPresent()) {
        ids.add(id.get());
      } else {
        unknown.add(new FieldViolation("songIds[" + i + "]", text == null ? "must be a song id, not null"
            : "no song has the id " + text));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ValidationException(unknown);
    }
    return ids;
  }

  @PATCH
  @Path("{entryId}")
  @Consumes({PlaylistResource.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "movePlaylistEntry", summary = "Move an entry",
      description = "Owner or editor. The entries in between shift by one; positions stay 0..n-1.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The entry at its new position.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The playlist's new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = EntryJson.class))),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but not change its entries."),
          @ApiResponse(responseCode = "404", description = "No such playlist or entry, or you may not see it."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now, or this entry when its own tag was "
              + "sent."),
          @ApiResponse(responseCode = "422", description = "position missing or outside 0..entryCount-1.")})
  public Response move(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "The entry id.") @PathParam("entryId") String entryId,
      @Parameter(description = "Apply only to this state: the playlist's entity tag (its ETag), this entry's own "
          + "(from a read of this URL), or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = {
          @Content(mediaType = PlaylistResource.MERGE_PATCH_JSON,
              schema = @Schema(implementation = PlaylistInputs.MoveEntry.class)),
          @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlaylistInputs.MoveEntry.class))})
      JsonNode body,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    EntryId entry = PlaylistsWire.entryId(entryId);
    PlaylistInputs.MoveEntry in = JsonBodies.bind(JsonBodies.object(body), PlaylistInputs.MoveEntry.class, READ_ONLY);
    int position = PlaylistsWire.required("position", in.position());
    Actor actor = PlaylistsWire.signedIn(request);
    OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId, "entry",
        () -> entryNow(actor, playlistId, entry));
    MovedEntry moved = moveEntry.moveEntry(new MoveEntryCommand(actor, playlistId, entry, expected, position));
    return Response.ok(EntryJson.of(moved.entry())).header(HttpHeaders.ETAG, PlaylistsWire.etag(moved.playlist()))
        .build();
  }

  @GET
  @Path("{entryId}")
  @Operation(operationId = "getPlaylistEntry", summary = "One entry of a playlist",
      description = "As the list shows it: position, song summary, who added it and when. For the playlist's readers.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The entry.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: a digest of this answer.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No such playlist or entry, or you may not see it.")})
  public Response get(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "The entry id.") @PathParam("entryId") String entryId,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    EntryId entry = PlaylistsWire.entryId(entryId);
    return tags.ok(EntryJson.of(listEntries.getEntry(CallerFilter.caller(request), playlistId, entry)),
        EntryJson.class, ifNoneMatch);
  }

  @DELETE
  @Path("{entryId}")
  @Operation(operationId = "removePlaylistEntry", summary = "Remove an entry",
      description = "Owner or editor. The entries after it move up.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "204", description = "Removed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The playlist's new entity tag.",
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "403", description = "You may see the playlist but not change its entries."),
          @ApiResponse(responseCode = "404", description = "No such playlist or entry, or you may not see it."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the playlist as it is now, or this entry when its own tag was "
              + "sent.")})
  public Response remove(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "The entry id.") @PathParam("entryId") String entryId,
      @Parameter(description = "Apply only to this state: the playlist's entity tag (its ETag), this entry's own "
          + "(from a read of this URL), or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    EntryId entry = PlaylistsWire.entryId(entryId);
    Actor actor = PlaylistsWire.signedIn(request);
    OptionalLong expected = PlaylistsWire.expectedVersion(ifMatch, getPlaylist, actor, playlistId, "entry",
        () -> entryNow(actor, playlistId, entry));
    Playlist after = removeEntry.removeEntry(new RemoveEntryCommand(actor, playlistId, entry, expected));
    return Response.noContent().header(HttpHeaders.ETAG, PlaylistsWire.etag(after)).build();
  }

  /** The entry as a read of its URL shows it, with its tag: what an If-Match of that tag was about. */
  private Representations.Representation entryNow(Actor actor, PlaylistId playlistId, EntryId entry) {
    EntryJson json = EntryJson.of(listEntries.getEntry(actor, playlistId, entry));
    return new Representations.Representation(json, tags.tag(json, EntryJson.class));
  }
}
