package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.playlists.model.ImportedPlaylist;
import dev.cadenza.domain.playlists.port.in.ImportPlaylistCommand;
import dev.cadenza.domain.playlists.port.in.ImportPlaylistUseCase;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@code /api/v1/playlists/import}: a new playlist from a playlist file. */
@Path(PlaylistImportResource.PATH)
@Tag(name = "playlists")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistImportResource {

  static final String PATH = "/api/v1/playlists/import";

  private final ImportPlaylistUseCase importPlaylist;
  private final IdempotentPosts idempotent;

  public PlaylistImportResource(ImportPlaylistUseCase importPlaylist, HandleIdempotentRequestUseCase idempotency) {
    this.importPlaylist = Objects.requireNonNull(importPlaylist, "importPlaylist");
    this.idempotent = new IdempotentPosts(idempotency);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "importPlaylist", summary = "Import a playlist file",
      description = "The body is an M3U8, XSPF or JSPF file (or Cadenza's JSON export), recognised from its content "
          + "whatever the Content-Type. A new private playlist owned by you is created; each item is matched to a "
          + "catalog song by title and performer, ignoring case, accents and extra spaces. Items that match no song "
          + "are listed in the answer and not added. At most 1 MiB (413 beyond) and 5000 items (422 beyond). With "
          + "Idempotency-Key, a retry with the same key, name and file gets the first answer again (same playlist) "
          + "without importing twice; the same key with another request answers 422. Keys are per caller and live "
          + "24 hours.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "201", description = "The playlist was created.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = ImportJson.class))),
          @ApiResponse(responseCode = "400", description = "The Idempotency-Key is not 1 to 255 visible ASCII "
              + "characters."),
          @ApiResponse(responseCode = "413", description = "The file is larger than 1 MiB."),
          @ApiResponse(responseCode = "422", description = "Not a playlist file, malformed, or more than 5000 "
              + "items; an invalid name; or an Idempotency-Key used before with another request.")})
  public Response importFile(
      @Parameter(description = "The playlist's name; default: the name in the file, else \"Imported playlist\".")
      @QueryParam("name") String name,
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, content = {
          @Content(mediaType = "audio/x-mpegurl", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = "application/xspf+xml", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = "application/jspf+json", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary",
              description = "Cadenza's own JSON export, or JSPF sent as plain JSON.")),
          @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary",
              description = "Any other type, or none: the file is recognised by its content."))})
      byte[] body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    byte[] file = body == null ? new byte[0] : body;
    return idempotent.run(request, idempotencyKey, file, () -> {
      Actor caller = CallerFilter.caller(request);
      Access.requireUser(caller);
      refuseJsonThatIsNoObject(request.getMediaType(), file);
      ImportedPlaylist imported = importPlaylist.importPlaylist(new ImportPlaylistCommand(caller, file,
          Optional.ofNullable(name)));
      URI location = uriInfo.getBaseUriBuilder().path(PlaylistResource.class)
          .path(imported.playlist().playlist().id().toString()).build();
      return Response.created(location).header(HttpHeaders.ETAG, PlaylistsWire.etag(imported.playlist()))
          .entity(ImportJson.of(imported)).build();
    });
  }

  /**
   * A body sent as JSON ({@code application/json}, {@code application/jspf+json}, any {@code +json})
   * must be a JSON object, as both JSON playlist formats are: the file's content decides the format,
   * but a JSON array, string or number is not read as the lines of an M3U8 file when it says it is
   * JSON.
   */
  private static void refuseJsonThatIsNoObject(MediaType type, byte[] file) {
    if (type == null || !(type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT)
        .endsWith("+json"))) {
      return;
    }
    int at = 0;
    if (file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb && (file[2] & 0xff) == 0xbf) {
      at = 3;
    }
    while (at < file.length && (file[at] == ' ' || file[at] == '\t' || file[at] == '\r' || file[at] == '\n')) {
      at++;
    }
    if (at < file.length && file[at] != '{') {
      throw ValidationException.of("file", "is sent as JSON (" + type.getType() + "/" + type.getSubtype()
          + ") but is not a JSON object, so neither JSPF nor a Cadenza playlist");
    }
  }
}
