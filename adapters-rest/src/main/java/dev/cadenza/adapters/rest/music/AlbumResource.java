package dev.cadenza.adapters.rest.music;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.CatalogWrite;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.http.ValidationCollector;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.problem.Representations.Representation;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateAlbumUseCase;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.ListAlbumSongsQuery;
import dev.cadenza.domain.music.port.in.ListAlbumSongsUseCase;
import dev.cadenza.domain.music.port.in.SearchAlbumsQuery;
import dev.cadenza.domain.music.port.in.SearchAlbumsUseCase;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.music.port.in.UpdateAlbumUseCase;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.GetEngagementUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/** {@code /api/v1/albums}: albums, and the songs on each. */
@Path(AlbumResource.PATH)
@Tag(name = "albums", description = "Albums and the songs on them.")
@Produces(MediaType.APPLICATION_JSON)
public class AlbumResource {

  static final String PATH = "/api/v1/albums";
  private static final Set<String> READ_ONLY = Set.of("id", "coverUrl", "songCount", "version", "createdAt",
      "updatedAt", "rating", "likes", "likedByMe");
  private static final String ETAG_DESCRIPTION = "Strong entity tag: \"<version>-<songCount>-<figures>\". If-Match "
      + "compares the version part only (the bare \"<version>\" is taken too), since neither the song count nor the "
      + "figures (rating, likes, likedByMe) are the album's to change.";

  private final CreateAlbumUseCase createAlbum;
  private final GetAlbumUseCase getAlbum;
  private final UpdateAlbumUseCase updateAlbum;
  private final DeleteAlbumUseCase deleteAlbum;
  private final SearchAlbumsUseCase searchAlbums;
  private final ListAlbumSongsUseCase listAlbumSongs;
  private final Figures figures;
  private final IdempotentPosts idempotent;

  public AlbumResource(CreateAlbumUseCase createAlbum, GetAlbumUseCase getAlbum, UpdateAlbumUseCase updateAlbum,
                       DeleteAlbumUseCase deleteAlbum, SearchAlbumsUseCase searchAlbums,
                       ListAlbumSongsUseCase listAlbumSongs, GetEngagementUseCase engagement,
                       HandleIdempotentRequestUseCase idempotency) {
    this.createAlbum = Objects.requireNonNull(createAlbum, "createAlbum");
    this.getAlbum = Objects.requireNonNull(getAlbum, "getAlbum");
    this.updateAlbum = Objects.requireNonNull(updateAlbum, "updateAlbum");
    this.deleteAlbum = Objects.requireNonNull(deleteAlbum, "deleteAlbum");
    this.searchAlbums = Objects.requireNonNull(searchAlbums, "searchAlbums");
    this.listAlbumSongs = Objects.requireNonNull(listAlbumSongs, "listAlbumSongs");
    this.figures = new Figures(engagement);
    this.idempotent = new IdempotentPosts(idempotency);
  }

  @GET
  @Operation(operationId = "searchAlbums", summary = "Search albums",
      description = "Albums matching every given filter, a page at a time (keyset pagination: pass page.next as "
          + "?cursor= for the next page).",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of albums.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AlbumListJson.class))),
          @ApiResponse(responseCode = "400", description = "A query parameter has the wrong syntax (limit, year, "
              + "includeTotal, sort), or the cursor is not valid for this listing."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100, or a text filter is too long.")})
  public AlbumListJson search(
      @Parameter(description = "Matches title or performer (case-insensitive substring).") @QueryParam("q") String q,
      @Parameter(description = "Case-insensitive substring of the title.") @QueryParam("title") String title,
      @Parameter(description = "Case-insensitive substring of the performer.") @QueryParam("performer")
      String performer,
      @Parameter(description = "Release year, exact.", schema = @Schema(type = "integer", format = "int32"))
      @QueryParam("year") String year,
      @Parameter(description = "title: A-Z by title; year: oldest first; recent: newest additions first.",
          schema = @Schema(type = "string", allowableValues = {"title", "year", "recent", "rating", "likes"},
              defaultValue = "title"))
      @QueryParam("sort") String sort,
      @Parameter(description = "Page size.", schema = @Schema(type = "integer", format = "int32", minimum = "1",
          maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(description = "Also count all matches (page.total).",
          schema = @Schema(type = "boolean", defaultValue = "false"))
      @QueryParam("includeTotal") String includeTotal,
      @Context ContainerRequestContext request) {
    Integer yearValue = QueryParams.integer("year", year);
    CatalogSort order = MusicWire.sort(sort);
    int size = QueryParams.limit(limit);
    Optional<Cursor> after = QueryParams.cursor(cursor);
    boolean total = QueryParams.bool("includeTotal", includeTotal, false);
    ValidationCollector collector = new ValidationCollector();
    AlbumFilter filter = collector.attempt(() -> new AlbumFilter(QueryParams.text(q), QueryParams.text(title),
        QueryParams.text(performer), yearValue));
    PageRequest page = collector.attempt(() -> new PageRequest(size, after, total));
    collector.throwIfAny();
    Page<AlbumView> found = searchAlbums.searchAlbums(new SearchAlbumsQuery(filter, order, page));
    return AlbumListJson.of(found, size, figures.ofAlbums(CallerFilter.caller(request), found.items()));
  }

  @POST
  @CatalogWrite
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createAlbum", summary = "Add an album",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Creates an album at version 1. With Idempotency-Key, a retry with the same key and body gets the "
          + "first answer again (same id) without creating another album; the same key with another body answers 422. "
          + "Keys are per caller and live 24 hours.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "201", description = "Created.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, description = "The URL of the new album.",
                      schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = "string")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AlbumJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, a value has the wrong JSON type, or "
              + "the Idempotency-Key is not 1 to 255 visible ASCII characters."),
          @ApiResponse(responseCode = "422", description = "Missing or invalid values, unknown properties, or an "
              + "Idempotency-Key used before with another request.")})
  public Response create(
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, description = "The new album.",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AlbumInput.class)))
      JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    AlbumDetails details = MusicWire.albumDetails(JsonBodies.bind(JsonBodies.object(body), AlbumInput.class,
        READ_ONLY));
    Actor caller = CallerFilter.caller(request);
    return idempotent.run(request, idempotencyKey, body, () -> {
      AlbumView view = createAlbum.createAlbum(new CreateAlbumCommand(caller, details));
      URI location = uriInfo.getBaseUriBuilder().path(AlbumResource.class).path(view.album().id().toString())
          .build();
      Engagement shown = figures.of(caller, view);
      return Response.created(location).header(HttpHeaders.ETAG, MusicWire.etag(view, shown))
          .entity(AlbumJson.of(view, shown)).build();
    });
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getAlbum", summary = "Get an album",
      responses = {
          @ApiResponse(responseCode = "200", description = "The album.",
              headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AlbumJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The current entity tag.",
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No album has this id.")})
  public Response get(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context ContainerRequestContext request) {
    AlbumView view = getAlbum.getAlbum(MusicWire.albumId(id));
    Engagement shown = figures.of(CallerFilter.caller(request), view);
    String etag = MusicWire.etag(view, shown);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, SongResource.VARY).build();
    }
    return Response.ok(AlbumJson.of(view, shown)).header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.VARY, SongResource.VARY).build();
  }

  @PUT
  @CatalogWrite
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceAlbum", summary = "Replace an album",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Sets every value; a performer left out is cleared.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "200", description = "The album as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AlbumJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, or a value has the wrong JSON type."),
          @ApiResponse(responseCode = "404", description = "No album has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current version; the "
              + "problem's current member holds the album as it is now."),
          @ApiResponse(responseCode = "422", description = "Missing or invalid values, or unknown properties.")})
  public Response replace(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, description = "The album's new values.",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AlbumInput.class)))
      JsonNode body,
      @Context ContainerRequestContext request) {
    AlbumId albumId = MusicWire.albumId(id);
    AlbumChanges changes = MusicWire.albumReplacement(JsonBodies.bind(JsonBodies.object(body), AlbumInput.class,
        READ_ONLY));
    return update(albumId, ifMatch, changes, request);
  }

  @PATCH
  @CatalogWrite
  @Path("{id}")
  @Consumes({SongResource.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "patchAlbum", summary = "Change some values of an album",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "JSON merge patch (RFC 7396): members left out keep their value; null clears the performer.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "200", description = "The album as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AlbumJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, or a value has the wrong JSON type."),
          @ApiResponse(responseCode = "404", description = "No album has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current version; the "
              + "problem's current member holds the album as it is now."),
          @ApiResponse(responseCode = "422", description = "Invalid values (including null for title or year), or "
              + "unknown properties.")})
  public Response patch(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, description = "The values to change.",
          content = {
              @Content(mediaType = SongResource.MERGE_PATCH_JSON, schema = @Schema(implementation = AlbumPatch.class)),
              @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlbumPatch.class))})
      JsonNode body,
      @Context ContainerRequestContext request) {
    AlbumId albumId = MusicWire.albumId(id);
    ObjectNode object = JsonBodies.object(body);
    AlbumChanges changes = MusicWire.albumChanges(object, JsonBodies.bind(object, AlbumPatch.class, READ_ONLY));
    return update(albumId, ifMatch, changes, request);
  }

  private Response update(AlbumId albumId, String ifMatch, AlbumChanges changes, ContainerRequestContext request) {
    Actor caller = CallerFilter.caller(request);
    OptionalLong expected = expectedVersion(albumId, ifMatch, caller);
    AlbumView view = Preconditions.showingCurrent(
        () -> updateAlbum.updateAlbum(new UpdateAlbumCommand(caller, albumId, expected, changes)), current(caller));
    Engagement shown = figures.of(caller, view);
    return Response.ok(AlbumJson.of(view, shown)).header(HttpHeaders.ETAG, MusicWire.etag(view, shown)).build();
  }

  @DELETE
  @CatalogWrite
  @Path("{id}")
  @Operation(operationId = "deleteAlbum", summary = "Remove an album",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Deleting an album keeps its songs: they stay in the catalog with albumId cleared (null), and "
          + "their version goes up since their representation changed.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "204", description = "Removed; its songs remain, without an album."),
          @ApiResponse(responseCode = "404", description = "No album has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current version; the "
              + "problem's current member holds the album as it is now.")})
  public Response delete(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "Remove only this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    AlbumId albumId = MusicWire.albumId(id);
    Actor caller = CallerFilter.caller(request);
    OptionalLong expected = expectedVersion(albumId, ifMatch, caller);
    Preconditions.showingCurrent(() -> {
      deleteAlbum.deleteAlbum(new DeleteAlbumCommand(caller, albumId, expected));
      return null;
    }, current(caller));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/songs")
  @Operation(operationId = "listAlbumSongs", summary = "List the songs of an album",
      description = "The album's songs, a page at a time (keyset pagination, as for /api/v1/songs).",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of songs.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = SongListJson.class))),
          @ApiResponse(responseCode = "400", description = "A query parameter has the wrong syntax, or the cursor "
              + "is not valid for this listing."),
          @ApiResponse(responseCode = "404", description = "No album has this id."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public SongListJson songs(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "title: A-Z by title; year: oldest first; recent: newest additions first.",
          schema = @Schema(type = "string", allowableValues = {"title", "year", "recent", "rating", "likes"},
              defaultValue = "title"))
      @QueryParam("sort") String sort,
      @Parameter(description = "Page size.", schema = @Schema(type = "integer", format = "int32", minimum = "1",
          maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(description = "Also count all the album's songs (page.total).",
          schema = @Schema(type = "boolean", defaultValue = "false"))
      @QueryParam("includeTotal") String includeTotal,
      @Context ContainerRequestContext request) {
    AlbumId albumId = MusicWire.albumId(id);
    CatalogSort order = MusicWire.sort(sort);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    Page<Song> found = listAlbumSongs.listAlbumSongs(new ListAlbumSongsQuery(albumId, order, page));
    return SongListJson.of(found, page.limit(), figures.ofSongs(CallerFilter.caller(request), found.items()));
  }

  /** An album the domain refused to change (stale version) as this caller reads it, figures included. */
  private Function<Object, Optional<Representation>> current(Actor caller) {
    return state -> state instanceof AlbumView view
        ? Optional.of(MusicWire.represent(view, figures.of(caller, view))) : Optional.empty();
  }

  private OptionalLong expectedVersion(AlbumId albumId, String ifMatch, Actor caller) {
    return Preconditions.expectedVersion(ifMatch, MusicWire::albumVersionOfTag, () -> getAlbum.getAlbum(albumId),
        view -> view.album().version(), view -> MusicWire.represent(view, figures.of(caller, view)));
  }
}
