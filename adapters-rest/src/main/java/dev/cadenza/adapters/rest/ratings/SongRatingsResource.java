package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.ratings.port.in.DeleteRatingUseCase;
import dev.cadenza.domain.ratings.port.in.GetRatingUseCase;
import dev.cadenza.domain.ratings.port.in.ListRatingsUseCase;
import dev.cadenza.domain.ratings.port.in.RateItemUseCase;
import dev.cadenza.domain.ratings.port.in.UpdateRatingUseCase;
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

/** {@code /api/v1/songs/{id}/ratings}: users' ratings of a song. */
@Path("/api/v1/songs/{id}/ratings")
@Tag(name = "ratings", description = "Ratings of songs and albums: one per user and item, 1..10 half stars.")
@Produces(MediaType.APPLICATION_JSON)
public class SongRatingsResource {

  private static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  private final RatingEndpoints.Ratings ratings;

  public SongRatingsResource(RateItemUseCase rate, GetRatingUseCase get, UpdateRatingUseCase update,
                          DeleteRatingUseCase delete, ListRatingsUseCase list,
                          HandleIdempotentRequestUseCase idempotency) {
    this.ratings = new RatingEndpoints.Ratings(rate, get, update, delete, list, new IdempotentPosts(idempotency));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "rateSong", summary = "Rate a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "One rating per user and song. The song's rating summary changes in the same transaction. "
          + "With Idempotency-Key, a retry with the same key and body gets the first answer again (same id); the same "
          + "key with another body answers 422. Keys are per caller and live 24 hours.",
      responses = {
          @ApiResponse(responseCode = "201", description = "Created.",
              headers = {
                  @Header(name = HttpHeaders.LOCATION, description = "The URL of the new rating.",
                      schema = @Schema(type = "string", format = "uri")),
                  @Header(name = HttpHeaders.ETAG, description = "Its strong entity tag.", schema = @Schema(type = "string")),
                  @Header(name = IdempotentPosts.REPLAYED, description = "true when this is the stored answer of an "
                      + "earlier request with the same Idempotency-Key.", schema = @Schema(type = "string"))},
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingJson.class))),
          @ApiResponse(responseCode = "400", description = "The body is not JSON, or the Idempotency-Key is not 1 to 255 "
              + "visible ASCII characters."),
          @ApiResponse(responseCode = "401", description = "Not signed in."),
          @ApiResponse(responseCode = "404", description = "No song has this id."),
          @ApiResponse(responseCode = "409", description = "The caller rated this song already; Location names that "
              + "rating.", headers = @Header(name = HttpHeaders.LOCATION, description = "The existing rating.",
                  schema = @Schema(type = "string", format = "uri"))),
          @ApiResponse(responseCode = "422", description = "score missing, not an integer or outside 1..10; comment too "
              + "long; unknown members; an Idempotency-Key used before with another request.")})
  public Response create(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters, unique per request.")
      @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = RatingInput.class))) JsonNode body,
      @Context ContainerRequestContext request) {
    return ratings.create(RatingsWire.song(id), body, idempotencyKey, request);
  }

  @GET
  @Operation(operationId = "listSongRatings", summary = "The ratings of a song, newest first",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of ratings.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = RatingListJson.class))),
          @ApiResponse(responseCode = "400", description = "A query parameter has the wrong syntax, or a bad cursor."),
          @ApiResponse(responseCode = "404", description = "No song has this id."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public RatingListJson list(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "Page size.", schema = @Schema(type = "integer", format = "int32", minimum = "1",
          maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(description = "Also count all ratings (page.total).",
          schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal") String includeTotal) {
    return ratings.list(RatingsWire.song(id), limit, cursor, includeTotal);
  }

  @GET
  @Path("{ratingId}")
  @Operation(operationId = "getSongRating", summary = "One rating of a song",
      responses = {
          @ApiResponse(responseCode = "200", description = "The rating.",
              headers = @Header(name = HttpHeaders.ETAG, description = "Its version in quotes.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingJson.class))),
          @ApiResponse(responseCode = "304", description = "If-None-Match matches."),
          @ApiResponse(responseCode = "404", description = "No such song or rating.")})
  public Response get(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "The rating id.") @PathParam("ratingId") String ratingId,
      @Parameter(description = "Entity tags the client has.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return ratings.get(RatingsWire.song(id), ratingId, ifNoneMatch);
  }

  @PATCH
  @Path("{ratingId}")
  @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(operationId = "patchSongRating", summary = "Change your rating of a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "The rating as changed.",
              headers = @Header(name = HttpHeaders.ETAG, description = "The new entity tag.",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingJson.class))),
          @ApiResponse(responseCode = "401", description = "Not signed in."),
          @ApiResponse(responseCode = "403", description = "Not the rating's author."),
          @ApiResponse(responseCode = "404", description = "No such song or rating."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match; current holds the rating."),
          @ApiResponse(responseCode = "422", description = "Invalid values.")})
  public Response patch(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "The rating id.") @PathParam("ratingId") String ratingId,
      @Parameter(description = "Apply only to this version.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(required = true, content = {
          @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = RatingPatch.class)),
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingPatch.class))})
      JsonNode body,
      @Context ContainerRequestContext request) {
    return ratings.patch(RatingsWire.song(id), ratingId, ifMatch, body, request);
  }

  @DELETE
  @Path("{ratingId}")
  @Operation(operationId = "deleteSongRating", summary = "Withdraw your rating of a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "204", description = "Deleted."),
          @ApiResponse(responseCode = "401", description = "Not signed in."),
          @ApiResponse(responseCode = "403", description = "Not the rating's author."),
          @ApiResponse(responseCode = "404", description = "No such song or rating."),
          @ApiResponse(responseCode = "412", description = "If-Match does not match.")})
  public Response delete(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Parameter(description = "The rating id.") @PathParam("ratingId") String ratingId,
      @Parameter(description = "Delete only this version.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context ContainerRequestContext request) {
    return ratings.delete(RatingsWire.song(id), ratingId, ifMatch, request);
  }
}
