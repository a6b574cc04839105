package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
import dev.cadenza.domain.playlists.port.in.RequestExportUseCase;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.users.model.Email;
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

/** {@code /api/v1/playlists/{id}/exports}: asking for an export of a playlist. */
@Path(PlaylistExportResource.PATH)
@Tag(name = "playlists")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistExportResource {

  static final String PATH = "/api/v1/playlists/{id}/exports";

  private final RequestExportUseCase requestExport;
  private final IdempotentPosts idempotent;

  public PlaylistExportResource(RequestExportUseCase requestExport, HandleIdempotentRequestUseCase idempotency) {
    this.requestExport = Objects.requireNonNull(requestExport, "requestExport");
    this.idempotent = new IdempotentPosts(idempotency);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "exportPlaylist", summary = "Export a playlist to a file",
      description = "The owner and editors may export. The job is stored before the answer, so an accepted export "
          + "is never lost; a background worker writes the file (json: Cadenza's own document; m3u8: extended M3U; "
          + "xspf: XSPF 1; jspf: JSPF as ListenBrainz uses it; openmusic: the OpenMusic API's export file, "
          + "{playlist: {id, name, songs: [{id, title, performer}]}}) and, when email is given, mails it as an attachment. "
          + "Follow Location for the job's status. Failed attempts are retried with a growing delay. Each user may "
          + "ask for a limited number of exports per hour (429 with Retry-After beyond it). With Idempotency-Key, a "
          + "retry with the same key and body gets the first answer again (the same job, as it was then) without a "
          + "second job; the same key with another body answers 422. Keys are per caller and live 24 hours.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "202", description = "Accepted: the job is queued.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = "string", format = "uri")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = ExportJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, or the Idempotency-Key is not 1 to "
              + "255 visible ASCII characters."),
          @ApiResponse(responseCode = "403", description = "You may read the playlist but not export it."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "422", description = "An unknown format or an invalid e-mail address, or an "
              + "Idempotency-Key used before with another body."),
          @ApiResponse(responseCode = "429", description = "Too many exports; retry after Retry-After seconds.",
              headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer")))})
  public Response export(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = PlaylistInputs.NewExport.class))) JsonNode body,
      @Context UriInfo uriInfo,
      @Context ContainerRequestContext request) {
    PlaylistInputs.NewExport in = JsonBodies.bind(JsonBodies.object(body), PlaylistInputs.NewExport.class, Set.of());
    PlaylistFileFormat format = PlaylistFileFormat.named(PlaylistsWire.required("format", in.format()))
        .orElseThrow(() -> ValidationException.of("format", "must be json, m3u8, xspf, jspf or openmusic"));
    Optional<Email> email = Optional.ofNullable(in.email()).map(Email::parse);
    return idempotent.run(request, idempotencyKey, body, () -> {
      ExportJob job = requestExport.requestExport(new RequestExportCommand(CallerFilter.caller(request),
          PlaylistsWire.playlistId(id), format, email));
      URI location = uriInfo.getBaseUriBuilder().path(ExportResource.class).path(job.id().toString()).build();
      return Response.accepted(ExportJson.of(job)).location(location).build();
    });
  }
}
