package dev.cadenza.adapters.rest.ratings;

import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.ratings.port.in.GetLikesUseCase;
import dev.cadenza.domain.ratings.port.in.LikeItemUseCase;
import dev.cadenza.domain.ratings.port.in.UnlikeItemUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/v1/songs/{id}/likes}: who likes a song. Likes and ratings are separate facts. */
@Path("/api/v1/songs/{id}/likes")
@Tag(name = "likes", description = "Likes of songs and albums: idempotent, counted publicly.")
@Produces(MediaType.APPLICATION_JSON)
public class SongLikesResource {

  private final RatingEndpoints.Likes likes;

  public SongLikesResource(LikeItemUseCase like, UnlikeItemUseCase unlike, GetLikesUseCase get) {
    this.likes = new RatingEndpoints.Likes(like, unlike, get);
  }

  @GET
  @Operation(operationId = "getSongLikes", summary = "How many users like a song",
      description = "Served from the cache when warm; X-Data-Source says which.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The count, and likedByMe for a signed-in caller.",
              headers = @Header(name = DataSourceHeader.HEADER, description = "cache or database.",
                  schema = @Schema(type = "string", allowableValues = {"cache", "database"})),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LikesJson.class))),
          @ApiResponse(responseCode = "404", description = "No song has this id.")})
  public LikesJson count(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    return likes.count(RatingsWire.song(id), request);
  }

  @PUT
  @Path("me")
  @Operation(operationId = "likeSong", summary = "Like a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Idempotent: liking again changes nothing and answers the same.",
      responses = {
          @ApiResponse(responseCode = "200", description = "Liked; the count after the change.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LikesJson.class))),
          @ApiResponse(responseCode = "401", description = "Not signed in."),
          @ApiResponse(responseCode = "404", description = "No song has this id.")})
  public LikesJson like(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    return likes.like(RatingsWire.song(id), request);
  }

  @DELETE
  @Path("me")
  @Operation(operationId = "unlikeSong", summary = "Take back your like of a song",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      description = "Idempotent: without a like nothing changes.",
      responses = {
          @ApiResponse(responseCode = "204", description = "Not liked (any more)."),
          @ApiResponse(responseCode = "401", description = "Not signed in."),
          @ApiResponse(responseCode = "404", description = "No song has this id.")})
  public Response unlike(
      @Parameter(description = "The song id.") @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    return likes.unlike(RatingsWire.song(id), request);
  }
}
