package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.ContentTags;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.problem.ProblemType;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.port.in.ListLibraryQuery;
import dev.cadenza.domain.playlists.port.in.ListLibraryUseCase;
import dev.cadenza.domain.playlists.port.in.MarkListenedUseCase;
import dev.cadenza.domain.playlists.port.in.RemoveSavedSongUseCase;
import dev.cadenza.domain.playlists.port.in.SaveSongUseCase;
import dev.cadenza.domain.playlists.port.in.SavedSong;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** {@code /api/v1/me/library}: the caller's saved songs. */
@Path(LibraryResource.PATH)
@Tag(name = "library", description = "Each user's saved songs; private to the user (and admins).")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = OpenApiDocument.BEARER)
@SecurityRequirement(name = OpenApiDocument.API_KEY)
public class LibraryResource {

  static final String PATH = "/api/v1/me/library";
  private static final Set<String> READ_ONLY = Set.of("song", "addedAt", "listenedAt");

  private final ListLibraryUseCase listLibrary;
  private final SaveSongUseCase saveSong;
  private final MarkListenedUseCase markListened;
  private final RemoveSavedSongUseCase removeSavedSong;
  private final ContentTags tags;

  public LibraryResource(ListLibraryUseCase listLibrary, SaveSongUseCase saveSong, MarkListenedUseCase markListened,
                         RemoveSavedSongUseCase removeSavedSong, JsonWriters writers) {
    this.tags = new ContentTags(writers);
    this.listLibrary = Objects.requireNonNull(listLibrary, "listLibrary");
    this.saveSong = Objects.requireNonNull(saveSong, "saveSong");
    this.markListened = Objects.requireNonNull(markListened, "markListened");
    this.removeSavedSong = Objects.requireNonNull(removeSavedSong, "removeSavedSong");
  }

  @GET
  @Operation(operationId = "listMyLibrary", summary = "Your saved songs",
      description = "Newest saves first; listened=true or false keeps only those (not) marked listened.",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of saved songs.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = LibrarySongJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "listened is not true or false, or a bad limit or cursor."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public LibrarySongJson.ListJson list(
      @Parameter(description = "Only songs marked listened (true) or not (false).",
          schema = @Schema(type = "boolean")) @QueryParam("listened") String listened,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    Actor me = PlaylistsWire.signedIn(request);
    Boolean filter = PlaylistsWire.listenedFilter(listened);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    return LibrarySongJson.ListJson.of(listLibrary.listLibrary(new ListLibraryQuery(me, me.userId().orElseThrow(),
        filter, page)), page.limit());
  }

  @GET
  @Path("songs/{songId}")
  @Operation(operationId = "getSavedSong", summary = "One song of your library",
      description = "The song as your library lists it: when you saved it, whether you marked it listened.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The saved song.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag: a digest of this answer.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = LibrarySongJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "The song is not in your library, or no song has this id.")})
  public Response get(@Parameter(description = "The song id.") @PathParam("songId") String songId,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                      @Context ContainerRequestContext request) {
    Actor me = PlaylistsWire.signedIn(request);
    // a malformed id names no song, so none of the library either: the same 404
    SongId song = SongId.parse(songId).orElseThrow(() -> new NotFoundException("LibrarySong", String.valueOf(songId)));
    return tags.ok(LibrarySongJson.of(listLibrary.getSavedSong(me, song)), LibrarySongJson.class, ifNoneMatch);
  }

  @PUT
  @Path("songs/{songId}")
  @Operation(operationId = "saveSong", summary = "Save a song to your library",
      description = "Idempotent: saving a saved song changes nothing and answers 200.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The song was saved already.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the saved song, as a"
                  + " read of this URL gives it.", schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = LibrarySongJson.class))),
          @ApiResponse(responseCode = "201", description = "Saved.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the saved song, as a read of"
                      + " this URL gives it.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = LibrarySongJson.class))),
          @ApiResponse(responseCode = "404", description = "No song has this id.")})
  public Response save(@Parameter(description = "The song id.") @PathParam("songId") String songId,
                       @Context UriInfo uriInfo,
                       @Context ContainerRequestContext request) {
    SongId song = PlaylistsWire.songId(songId);
    SavedSong saved = saveSong.saveSong(PlaylistsWire.signedIn(request), song);
    LibrarySongJson json = LibrarySongJson.of(saved.song());
    String etag = tags.tag(json, LibrarySongJson.class);
    // the song's id as the service writes it, whatever case the request used
    URI location = uriInfo.getBaseUriBuilder().path(LibraryResource.class).path("songs").path(song.toString()).build();
    return (saved.newlySaved() ? Response.created(location).entity(json) : Response.ok(json))
        .header(HttpHeaders.ETAG, etag).build();
  }

  @PATCH
  @Path("songs/{songId}")
  @Consumes({PlaylistResource.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "markListened", summary = "Mark a saved song listened or not",
      description = "listened true records the time (listenedAt); false clears it.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The saved song as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The saved song's new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = LibrarySongJson.class))),
          @ApiResponse(responseCode = "404", description = "The song is not in your library."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the saved song's current entity "
              + "tag; the problem's current member holds it as it is now."),
          @ApiResponse(responseCode = "422", description = "listened missing, or unknown properties.")})
  public Response patch(
      @Parameter(description = "The song id.") @PathParam("songId") String songId,
      @Parameter(description = "Apply only if the saved song still has this entity tag (from a read of this URL), "
          + "or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = {
          @Content(mediaType = PlaylistResource.MERGE_PATCH_JSON,
              schema = @Schema(implementation = PlaylistInputs.Listened.class)),
          @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlaylistInputs.Listened.class))}) JsonNode body,
      @Context ContainerRequestContext request) {
    SongId song = PlaylistsWire.songId(songId);
    PlaylistInputs.Listened in = JsonBodies.bind(JsonBodies.object(body), PlaylistInputs.Listened.class, READ_ONLY);
    boolean listened = PlaylistsWire.required("listened", in.listened());
    Actor me = PlaylistsWire.signedIn(request);
    LibrarySongView changed = conditionally(() -> markListened.markListened(me, song, listened, expected(ifMatch)));
    LibrarySongJson json = LibrarySongJson.of(changed);
    return Response.ok(json).header(HttpHeaders.ETAG, tags.tag(json, LibrarySongJson.class)).build();
  }

  /**
   * {@code If-Match} against the saved song's tag, as a read of its URL gives it (strong comparison;
   * {@code *} takes any). A saved song has no version: the use case tests the tag on the saved song
   * as it is under its row lock, so of two writes sent with one tag only the first applies.
   */
  private Predicate<LibrarySongView> expected(String ifMatch) {
    if (ifMatch == null) {
      return current -> true;
    }
    return current -> Preconditions.matches(ifMatch, tags.tag(LibrarySongJson.of(current), LibrarySongJson.class));
  }

  /** Runs a write made with {@link #expected}; its refusal is the 412 showing the saved song as it is. */
  private <T> T conditionally(Supplier<T> write) {
    try {
      return write.get();
    } catch (PreconditionFailedException stale) {
      if (!(stale.current() instanceof LibrarySongView view)) {
        throw stale;
      }
      LibrarySongJson json = LibrarySongJson.of(view);
      String etag = tags.tag(json, LibrarySongJson.class);
      throw RequestProblemException.preconditionFailed("If-Match does not match the saved song's current entity tag "
          + etag + ".", new Representations.Representation(json, etag));
    }
  }

  @DELETE
  @Path("songs/{songId}")
  @Operation(operationId = "removeSavedSong", summary = "Remove a song from your library",
      description = "Idempotent: removing a song that is not there answers 204 too, as does an id that names no "
          + "song at all (malformed ids are treated as unknown ones). With If-Match, the song is removed only if "
          + "it is saved and (unless *) still has that entity tag.",
      responses = {
          @ApiResponse(responseCode = "204", description = "Not (or no longer) in your library."),
          @ApiResponse(responseCode = "412", description = "If-Match is given and the song is not in your library, "
              + "or has another entity tag now (the problem's current member holds it as it is).")})
  public Response remove(@Parameter(description = "The song id.") @PathParam("songId") String songId,
                         @Parameter(description = "Remove only if the saved song still has this entity tag (from a "
                             + "read of this URL), or * for only if it is saved.")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Context ContainerRequestContext request) {
    Actor caller = PlaylistsWire.signedIn(request);
    // an id that is not even well formed is an unknown song: not in the library, nothing to remove
    Optional<SongId> song = SongId.parse(songId);
    if (ifMatch == null) {
      song.ifPresent(saved -> removeSavedSong.removeSavedSong(caller, saved));
      return Response.noContent().build();
    }
    // RFC 9110: If-Match is false when there is no current representation, "*" included
    RequestProblemException notSaved = RequestProblemException.of(ProblemType.PRECONDITION_FAILED,
        "If-Match is given and the song is not in your library.", List.of());
    SongId saved = song.orElseThrow(() -> notSaved);
    try {
      conditionally(() -> {
        removeSavedSong.removeSavedSong(caller, saved, expected(ifMatch));
        return null;
      });
    } catch (NotFoundException absent) {
      throw notSaved;
    }
    return Response.noContent().build();
  }
}
