package dev.cadenza.adapters.rest.music;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.CatalogWrite;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.http.RenderedJson;
import dev.cadenza.adapters.rest.http.ValidationCollector;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.problem.Representations.Representation;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.CreateSongUseCase;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.music.port.in.SearchSongsUseCase;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.music.port.in.UpdateSongUseCase;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.GetEngagementUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Cursor;
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

/** {@code /api/v1/songs}: the song catalog. */
@Path(SongResource.PATH)
@Tag(name = "songs", description = "The song catalog.")
@Produces(MediaType.APPLICATION_JSON)
public class SongResource {

  static final String PATH = "/api/v1/songs";
  static final String MERGE_PATCH_JSON = "application/merge-patch+json";
  private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt", "rating", "likes",
      "likedByMe");
  /** likedByMe differs per caller. */
  static final String VARY = "Authorization, X-API-Key";

  private final CreateSongUseCase createSong;
  private final GetSongUseCase getSong;
  private final UpdateSongUseCase updateSong;
  private final DeleteSongUseCase deleteSong;
  private final SearchSongsUseCase searchSongs;
  private final Figures figures;
  private final RenderedJson rendered;
  private final IdempotentPosts idempotent;

  public SongResource(CreateSongUseCase createSong, GetSongUseCase getSong, UpdateSongUseCase updateSong,
                      DeleteSongUseCase deleteSong, SearchSongsUseCase searchSongs, GetEngagementUseCase engagement,
                      HandleIdempotentRequestUseCase idempotency, JsonWriters writers) {
    this.createSong = Objects.requireNonNull(createSong, "createSong");
    this.getSong = Objects.requireNonNull(getSong, "getSong");
    this.updateSong = Objects.requireNonNull(updateSong, "updateSong");
    this.deleteSong = Objects.requireNonNull(deleteSong, "deleteSong");
    this.searchSongs = Objects.requireNonNull(searchSongs, "searchSongs");
    this.figures = new Figures(engagement);
    this.rendered = RenderedJson.byIdentity(10_000, writers);
    this.idempotent = new IdempotentPosts(idempotency);
  }

  @GET
  @Operation(operationId = "searchSongs", summary = "Search songs",
      description = "Songs matching every given filter, a page at a time (keyset pagination: pass page.next as "
          + "?cursor= for the next page; a cursor only works with the sort order that produced it).",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of songs.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = SongListJson.class))),
          @ApiResponse(responseCode = "400", description = "A query parameter has the wrong syntax (limit, year, "
              + "includeTotal, sort, albumId), or the cursor is not valid for this listing."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100, or a text filter is too long.")})
  public SongListJson search(
      @Parameter(description = "Matches title or performer (case-insensitive substring).") @QueryParam("q") String q,
      @Parameter(description = "Case-insensitive substring of the title.") @QueryParam("title") String title,
      @Parameter(description = "Case-insensitive substring of the performer.") @QueryParam("performer")
      String performer,
      @Parameter(description = "Genre, case-insensitive exact match.") @QueryParam("genre") String genre,
      @Parameter(description = "Release year, exact.", schema = @Schema(type = "integer", format = "int32"))
      @QueryParam("year") String year,
      @Parameter(description = "Only the songs of this album.", schema = @Schema(type = "string", format = "uuid"))
      @QueryParam("albumId") String albumId,
      @Parameter(description = "title: A-Z by title; year: oldest first; recent: newest additions first; rating: best "
          + "average first (unrated last), then more ratings, then newest; likes: most liked first, then newest.",
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
    AlbumId album = MusicWire.albumFilter(albumId);
    CatalogSort order = MusicWire.sort(sort);
    int size = QueryParams.limit(limit);
    Optional<Cursor> after = QueryParams.cursor(cursor);
    boolean total = QueryParams.bool("includeTotal", includeTotal, false);
    ValidationCollector collector = new ValidationCollector();
    SongFilter filter = collector.attempt(() -> new SongFilter(QueryParams.text(q), QueryParams.text(title),
        QueryParams.text(performer), QueryParams.text(genre), yearValue, album));
    PageRequest page = collector.attempt(() -> new PageRequest(size, after, total));
    collector.throwIfAny();
    Page<Song> found = searchSongs.searchSongs(new SearchSongsQuery(filter, order, page));
    return SongListJson.of(found, size, figures.ofSongs(CallerFilter.caller(request), found.items()));
  }

  @POST
  @CatalogWrite
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createSong", summary = "Add a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Creates a song at version 1. albumId, when given, must name an existing album. With "
          + "Idempotency-Key, a retry with the same key and body gets the first answer again (same id) without "
          + "creating another song; the same key with another body answers 422. Keys are per caller and live 24 hours.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "201", description = "Created.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, description = "The URL of the new song.",
                      schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = "The strong entity tag of the new song.",
                      schema = @Schema(type = "string")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = SongJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, a value has the wrong JSON type, or "
              + "the Idempotency-Key is not 1 to 255 visible ASCII characters."),
          @ApiResponse(responseCode = "422", description = "Missing or invalid values, unknown properties, an "
              + "albumId that names no album, or an Idempotency-Key used before with another request.")})
  public Response create(
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, description = "The new song.",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SongInput.class)))
      JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    SongInput input = JsonBodies.bind(JsonBodies.object(body), SongInput.class, READ_ONLY);
    SongDetails details = MusicWire.songDetails(input);
    Actor caller = CallerFilter.caller(request);
    return idempotent.run(request, idempotencyKey, body, () -> {
      Song song = createSong.createSong(new CreateSongCommand(caller, details));
      URI location = uriInfo.getBaseUriBuilder().path(SongResource.class).path(song.id().toString()).build();
      Engagement shown = figures.of(caller, song);
      return Response.created(location).header(HttpHeaders.ETAG, MusicWire.etag(song, shown))
          .entity(SongJson.of(song, shown)).build();
    });
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getSong", summary = "Get a song",
      responses = {
          @ApiResponse(responseCode = "200", description = "The song.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: the version and the "
                  + "figures (rating, likes, likedByMe), which change without the version; If-Match reads the version.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = SongJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The current entity tag.",
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No song has this id.")})
  public Response get(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context ContainerRequestContext request) {
    Song song = getSong.getSong(MusicWire.songId(id));
    Engagement shown = figures.of(CallerFilter.caller(request), song);
    String etag = MusicWire.etag(song, shown);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, VARY).build();
    }
    // a cached song is the same object until it changes: rendered once per figures shown
    return rendered.ok(song, shown, SongJson.class, s -> SongJson.of(s, shown))
        .header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, VARY).build();
  }

  @PUT
  @CatalogWrite
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceSong", summary = "Replace a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Sets every value; optional values left out (durationSeconds, albumId) are cleared.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "200", description = "The song as changed (the version goes up when "
              + "something changed).",
              headers = @Header(name = HttpHeaders.ETAG, description = "The new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = SongJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, or a value has the wrong JSON type."),
          @ApiResponse(responseCode = "404", description = "No song has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the song as it is now."),
          @ApiResponse(responseCode = "422", description = "Missing or invalid values, or unknown properties.")})
  public Response replace(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, description = "The song's new values.",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SongInput.class)))
      JsonNode body,
      @Context ContainerRequestContext request) {
    SongId songId = MusicWire.songId(id);
    SongChanges changes = MusicWire.songReplacement(JsonBodies.bind(JsonBodies.object(body), SongInput.class,
        READ_ONLY));
    return update(songId, ifMatch, changes, request);
  }

  @PATCH
  @CatalogWrite
  @Path("{id}")
  @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "patchSong", summary = "Change some values of a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "JSON merge patch (RFC 7396): members left out keep their value; null clears durationSeconds "
          + "or albumId.",
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "200", description = "The song as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = SongJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, or a value has the wrong JSON type."),
          @ApiResponse(responseCode = "404", description = "No song has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the song as it is now."),
          @ApiResponse(responseCode = "422", description = "Invalid values (including null for a required value), "
              + "or unknown properties.")})
  public Response patch(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, description = "The values to change.",
          content = {
              @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = SongPatch.class)),
              @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SongPatch.class))})
      JsonNode body,
      @Context ContainerRequestContext request) {
    SongId songId = MusicWire.songId(id);
    ObjectNode object = JsonBodies.object(body);
    SongChanges changes = MusicWire.songChanges(object, JsonBodies.bind(object, SongPatch.class, READ_ONLY));
    return update(songId, ifMatch, changes, request);
  }

  private Response update(SongId songId, String ifMatch, SongChanges changes, ContainerRequestContext request) {
    Actor caller = CallerFilter.caller(request);
    OptionalLong expected = expectedVersion(songId, ifMatch, caller);
    Song song = Preconditions.showingCurrent(
        () -> updateSong.updateSong(new UpdateSongCommand(caller, songId, expected, changes)), current(caller));
    Engagement shown = figures.of(caller, song);
    return Response.ok(SongJson.of(song, shown)).header(HttpHeaders.ETAG, MusicWire.etag(song, shown)).build();
  }

  @DELETE
  @CatalogWrite
  @Path("{id}")
  @Operation(operationId = "deleteSong", summary = "Remove a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "204", description = "Removed."),
          @ApiResponse(responseCode = "404", description = "No song has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the current entity tag; the "
              + "problem's current member holds the song as it is now.")})
  public Response delete(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "Remove only this version: an entity tag from ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    SongId songId = MusicWire.songId(id);
    Actor caller = CallerFilter.caller(request);
    OptionalLong expected = expectedVersion(songId, ifMatch, caller);
    Preconditions.showingCurrent(() -> {
      deleteSong.deleteSong(new DeleteSongCommand(caller, songId, expected));
      return null;
    }, current(caller));
    return Response.noContent().build();
  }

  /** A song the domain refused to change (stale version) as this caller reads it, figures included. */
  private Function<Object, Optional<Representation>> current(Actor caller) {
    return state -> state instanceof Song song
        ? Optional.of(MusicWire.represent(song, figures.of(caller, song))) : Optional.empty();
  }

  private OptionalLong expectedVersion(SongId songId, String ifMatch, Actor caller) {
    return Preconditions.expectedVersion(ifMatch, MusicWire::songVersionOfTag, () -> getSong.getSong(songId),
        Song::version, song -> MusicWire.represent(song, figures.of(caller, song)));
  }
}
