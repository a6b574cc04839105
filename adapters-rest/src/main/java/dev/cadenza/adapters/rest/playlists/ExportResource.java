package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.EntityTags;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.playlists.model.ExportFile;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.port.in.DownloadExportUseCase;
import dev.cadenza.domain.playlists.port.in.GetExportUseCase;
import dev.cadenza.domain.shared.model.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Objects;

/** {@code /api/v1/exports/{id}}: an export job's status, and its file once done. Only for who asked. */
@Path(ExportResource.PATH)
@Tag(name = "playlists")
public class ExportResource {

  static final String PATH = "/api/v1/exports";
  static final String EXPORT = "Export";

  private final GetExportUseCase getExport;
  private final DownloadExportUseCase downloadExport;

  public ExportResource(GetExportUseCase getExport, DownloadExportUseCase downloadExport) {
    this.getExport = Objects.requireNonNull(getExport, "getExport");
    this.downloadExport = Objects.requireNonNull(downloadExport, "downloadExport");
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getExport", summary = "An export's status",
      description = "queued, running, succeeded (fileUrl is set) or failed (failure says why). Only the user who "
          + "asked for the export sees it; others get 404.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The job.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the job's state: it "
                  + "changes with every change of the job (status, attempts, failure, e-mail).",
                  schema = @Schema(type = "string")),
              content = @Content(
              mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag: the job "
              + "has not changed since.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The current entity tag.",
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No export has this id, or it is not yours.")})
  public Response get(@Parameter(description = "The export id.") @PathParam("id") String id,
                      @Parameter(description = "Entity tags the client already has (polling); a match answers 304.")
                      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                      @Context ContainerRequestContext request) {
    ExportJob job = getExport.getExport(CallerFilter.caller(request), exportId(id));
    String etag = etag(job);
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    return Response.ok(ExportJson.of(job)).header(HttpHeaders.ETAG, etag).build();
  }

  /**
   * A job has no version column; every change of it moves {@code updatedAt} (kept to the
   * microsecond), and the tag adds what the representation derives from the state, so that two
   * different representations never share a tag.
   */
  static String etag(ExportJob job) {
    Instant updated = job.updatedAt();
    long micros = updated.getEpochSecond() * 1_000_000L + updated.getNano() / 1_000;
    return EntityTags.strong(micros + "-" + job.attempts() + "-" + job.status().wireName()
        + (job.emailSentAt().isPresent() ? "-mailed" : "") + (job.failure().isPresent() ? "-f" : ""));
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "downloadExport", summary = "Download an export's file",
      description = "The file of a succeeded export, with its media type and a file name, while you may still edit "
          + "the playlist.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The file.", content = {
              @Content(mediaType = "application/json", schema = @Schema(type = "object",
                  description = "The json or openmusic format: a JSON document of the playlist and its songs.")),
              @Content(mediaType = "audio/x-mpegurl", schema = @Schema(type = "string", format = "binary")),
              @Content(mediaType = "application/xspf+xml", schema = @Schema(type = "string", format = "binary")),
              @Content(mediaType = "application/jspf+json", schema = @Schema(type = "object",
                  description = "JSPF: XSPF's playlist in JSON."))}),
          @ApiResponse(responseCode = "403", description = "You may no longer edit the playlist (removed as a "
              + "collaborator, or made a viewer, since you asked): its export is not yours to download any more."),
          @ApiResponse(responseCode = "404", description = "No export has this id, or it is not yours, or the "
              + "playlist was deleted."),
          @ApiResponse(responseCode = "406", description = "The Accept header takes no type at all (each range it "
              + "lists has a quality of zero, as */*;q=0). Accept is not otherwise negotiated here: the file is sent in its own type."),
          @ApiResponse(responseCode = "409", description = "The export has not succeeded yet (code ExportNotReady: "
              + "ask again later), or failed for good (code ExportFailed, with the reason: request a new export).")})
  public Response file(@Parameter(description = "The export id.") @PathParam("id") String id,
                       @Context ContainerRequestContext request) {
    ExportFile file = downloadExport.downloadExport(CallerFilter.caller(request), exportId(id));
    return Response.ok(file.bytes(), file.contentType() + "; charset=utf-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static ExportJobId exportId(String raw) {
    return ExportJobId.parse(raw).orElseThrow(() -> new NotFoundException(EXPORT, String.valueOf(raw)));
  }
}
