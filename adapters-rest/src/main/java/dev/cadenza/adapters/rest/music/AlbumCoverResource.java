package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.BoundedInputStream;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.CatalogWrite;
import dev.cadenza.adapters.rest.http.EntityTags;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.ProblemType;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.adapters.rest.problem.Representations.Representation;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.port.in.GetAlbumCoverUseCase;
import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.RemoveAlbumCoverCommand;
import dev.cadenza.domain.music.port.in.RemoveAlbumCoverUseCase;
import dev.cadenza.domain.music.port.in.SetAlbumCoverCommand;
import dev.cadenza.domain.music.port.in.SetAlbumCoverUseCase;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.GetEngagementUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.StoredObject;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code /api/v1/albums/{id}/cover}: an album's cover image. Uploads come as the multipart field
 * {@value #FIELD} or as the raw image; either way the image is recognised from its bytes (JPEG, PNG or
 * WebP), whatever the request says it is. The image is served with a strong {@code ETag} (its SHA-256
 * digest); the album's {@code coverUrl} carries the digest as {@code ?v=}, and a request with the
 * current digest there may be cached for a year, since that URL never names another image.
 */
@Path(AlbumResource.PATH + "/{id}/cover")
@Tag(name = "albums")
public class AlbumCoverResource {

  /** The multipart field that holds the image. */
  public static final String FIELD = "cover";
  /** The query parameter of a versioned cover URL. */
  public static final String VERSION_PARAMETER = "v";
  /** How a versioned cover URL may be cached: a year, and it never changes. */
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  static final String WEBP = "image/webp";
  private static final String RAW_TYPES = "an image/* type (image/jpeg, image/png, image/webp, ...: the image's "
      + "format is read from its bytes) or application/octet-stream";
  private static final String ALBUM_ETAG = "The album's entity tag, as GET /api/v1/albums/{id} answers it.";
  private static final String COVER_ETAG = "Strong entity tag: the SHA-256 digest of the image, in hex.";

  private final SetAlbumCoverUseCase setCover;
  private final RemoveAlbumCoverUseCase removeCover;
  private final GetAlbumCoverUseCase getCover;
  private final GetAlbumUseCase getAlbum;
  private final Figures figures;
  private final int maxCoverBytes;

  public AlbumCoverResource(SetAlbumCoverUseCase setCover, RemoveAlbumCoverUseCase removeCover,
                            GetAlbumCoverUseCase getCover, GetAlbumUseCase getAlbum, GetEngagementUseCase engagement,
                            int maxCoverBytes) {
    this.setCover = Objects.requireNonNull(setCover, "setCover");
    this.removeCover = Objects.requireNonNull(removeCover, "removeCover");
    this.getCover = Objects.requireNonNull(getCover, "getCover");
    this.getAlbum = Objects.requireNonNull(getAlbum, "getAlbum");
    this.figures = new Figures(engagement);
    if (maxCoverBytes < 1) {
      throw new IllegalArgumentException("maxCoverBytes must be positive");
    }
    this.maxCoverBytes = maxCoverBytes;
  }

  @GET
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "getAlbumCover", summary = "Get an album's cover image",
      description = "The image as uploaded, with its media type. With ?v= equal to the current digest (as the "
          + "album's coverUrl has it) the answer may be cached for a year; otherwise it must be revalidated "
          + "(If-None-Match with the ETag answers 304).",
      responses = {
          @ApiResponse(responseCode = "200", description = "The image.",
              headers = {
                  @Header(name = HttpHeaders.ETAG, description = COVER_ETAG, schema = @Schema(type = "string")),
                  @Header(name = HttpHeaders.CACHE_CONTROL, description = "\"" + IMMUTABLE + "\" when ?v= names "
                      + "the current digest, else \"no-cache\".", schema = @Schema(type = "string"))},
              content = {
                  @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                  @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                  @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary"))}),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches the current entity tag.",
              headers = @Header(name = HttpHeaders.ETAG, description = COVER_ETAG,
                  schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "404", description = "No album has this id, or the album has no cover."),
          @ApiResponse(responseCode = "406", description = "The Accept header takes no type at all (each range it "
              + "lists has a quality of zero, as */*;q=0). Accept is not otherwise negotiated here: the image is sent in its own type.")})
  public Response get(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "The digest of the image the client wants, as coverUrl has it; when it is the "
          + "current one the answer may be cached for long.") @QueryParam(VERSION_PARAMETER) String version,
      @Parameter(description = "Entity tags the client already has; a match answers 304.")
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    StoredObject cover = getCover.getAlbumCover(MusicWire.albumId(id));
    String digest = MusicWire.coverDigest(cover);
    String etag = EntityTags.strong(digest);
    String cacheControl = digest.equals(version) ? IMMUTABLE : "no-cache";
    if (Preconditions.notModified(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
          .build();
    }
    return Response.ok(cover.bytes(), cover.contentType()).header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        // The bytes are a client's upload: never let a browser take them for anything but their type.
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @PUT
  @CatalogWrite
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @CoverUpload
  @Operation(operationId = "setAlbumCover", summary = "Upload an album's cover image",
      description = "Sets or replaces the cover: a JPEG, PNG or WebP image, recognised from its bytes (the "
          + "Content-Type of the body or of the part does not count), at most the configured size (512,000 bytes "
          + "by default). Send it as the multipart/form-data field \"cover\", or as the whole body with "
          + "Content-Type " + RAW_TYPES + ". The answer is the album, whose coverUrl then names the new image. "
          + "A replaced image is removed from storage.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER),
          @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      requestBody = @RequestBody(required = true, description = "The image.",
          content = {
              @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                  schema = @Schema(type = "object", requiredProperties = FIELD),
                  schemaProperties = @SchemaProperty(name = FIELD,
                      schema = @Schema(type = "string", format = "binary",
                          description = "The image: JPEG, PNG or WebP."))),
              @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
              @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
              @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")),
              @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary",
                  description = "Any image type: the format is read from the bytes (JPEG, PNG or WebP).")),
              @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                  schema = @Schema(type = "string", format = "binary"))}),
      responses = {
          @ApiResponse(responseCode = "200", description = "The album with its new cover.",
              headers = @Header(name = HttpHeaders.ETAG, description = ALBUM_ETAG, schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AlbumJson.class))),
          @ApiResponse(responseCode = "400", description = "The multipart body cannot be read."),
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "404", description = "No album has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the album's current version."),
          @ApiResponse(responseCode = "413", description = "The image is larger than the limit (512,000 bytes by "
              + "default); a Content-Length over it is refused before the body is read."),
          @ApiResponse(responseCode = "415", description = "The Content-Type is neither multipart/form-data nor "
              + RAW_TYPES + "."),
          @ApiResponse(responseCode = "422", description = "The image is not a JPEG, PNG or WebP image by its bytes, "
              + "or the multipart body has no (or more than one) field \"cover\".")})
  public Response upload(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version of the album: an entity tag from its ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(hidden = true) FormDataMultiPart form,
      @Context ContainerRequestContext request) throws IOException {
    try (form) {
      List<FormDataBodyPart> parts = form.getFields(FIELD);
      if (parts == null || parts.isEmpty()) {
        throw RequestProblemException.invalid(List.of(new FieldError(FIELD, "is required")));
      }
      if (parts.size() > 1) {
        throw RequestProblemException.invalid(List.of(new FieldError(FIELD, "must be sent once")));
      }
      byte[] image = BoundedInputStream.readAtMost(contentOf(parts.get(0)), maxCoverBytes);
      return set(id, ifMatch, image, request);
    }
  }

  /** The raw image as the body; documented with {@link #upload}, which shares its path and method. */
  @PUT
  @CatalogWrite
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @CoverUpload
  @Hidden
  public Response uploadRaw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            InputStream body, @Context ContainerRequestContext request) throws IOException {
    return set(id, ifMatch, BoundedInputStream.readAtMost(body, maxCoverBytes), request);
  }

  /** Any other Content-Type: {@code 415} with a detail that says what to send instead. */
  @PUT
  @CatalogWrite
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Hidden
  public Response uploadUnsupported(@Context ContainerRequestContext request) {
    String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    throw RequestProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
        + (type == null ? "(none)" : type) + " is not accepted here; send multipart/form-data with the image in the "
        + "field \"" + FIELD + "\", or the image itself as " + RAW_TYPES + ".", List.of());
  }

  @DELETE
  @CatalogWrite
  @Operation(operationId = "removeAlbumCover", summary = "Remove an album's cover image",
      description = "The album's coverUrl becomes null and the image is removed from storage. Removing the cover "
          + "of an album that has none changes nothing and also answers 204.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER),
          @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "204", description = "The album has no cover (any more)."),
          @ApiResponse(responseCode = "403", description = "The caller is neither a curator nor an admin."),
          @ApiResponse(responseCode = "404", description = "No album has this id."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match the album's current version.")})
  public Response remove(
      @Parameter(description = "The album id.") @PathParam("id") String id,
      @Parameter(description = "Apply only to this version of the album: an entity tag from its ETag, or *.")
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    AlbumId albumId = MusicWire.albumId(id);
    Actor caller = CallerFilter.caller(request);
    OptionalLong expected = expectedVersion(albumId, ifMatch, caller);
    Preconditions.showingCurrent(() -> {
      removeCover.removeAlbumCover(new RemoveAlbumCoverCommand(caller, albumId, expected));
      return null;
    }, current(albumId, caller));
    return Response.noContent().build();
  }

  /**
   * Where the cover of {@code album} is served, as the album's {@code coverUrl} names it:
   * {@code /api/v1/albums/<id>/cover?v=<sha256>} (relative to the service's root), or null without a
   * cover. Other driving adapters (OpenMusic) point their clients here.
   */
  public static String coverPath(Album album) {
    return MusicWire.coverUrl(album);
  }

  private Response set(String id, String ifMatch, byte[] image, ContainerRequestContext request) {
    AlbumId albumId = MusicWire.albumId(id);
    Actor caller = CallerFilter.caller(request);
    OptionalLong expected = expectedVersion(albumId, ifMatch, caller);
    Preconditions.showingCurrent(() -> {
      setCover.setAlbumCover(new SetAlbumCoverCommand(caller, albumId, expected, image));
      return null;
    }, current(albumId, caller));
    AlbumView view = getAlbum.getAlbum(albumId);
    Engagement shown = figures.of(caller, view);
    return Response.ok(AlbumJson.of(view, shown)).header(HttpHeaders.ETAG, MusicWire.etag(view, shown)).build();
  }

  /** The album as this caller reads it, for the {@code current} member of a {@code 412}. */
  private Function<Object, Optional<Representation>> current(AlbumId albumId, Actor caller) {
    return state -> {
      AlbumView view = state instanceof AlbumView known ? known : getAlbum.getAlbum(albumId);
      return Optional.of(MusicWire.represent(view, figures.of(caller, view)));
    };
  }

  private OptionalLong expectedVersion(AlbumId albumId, String ifMatch, Actor caller) {
    return Preconditions.expectedVersion(ifMatch, MusicWire::albumVersionOfTag, () -> getAlbum.getAlbum(albumId),
        view -> view.album().version(), view -> MusicWire.represent(view, figures.of(caller, view)));
  }

  private static InputStream contentOf(FormDataBodyPart part) {
    if (part.getEntity() instanceof BodyPartEntity entity) {
      return entity.getInputStream();
    }
    // A part built in memory (never the case for a parsed request, but the API allows it).
    return part.getEntityAs(InputStream.class);
  }
}
