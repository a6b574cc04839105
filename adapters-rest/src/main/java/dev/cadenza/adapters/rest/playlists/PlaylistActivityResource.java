package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.in.ListPlaylistActivityUseCase;
import dev.cadenza.domain.shared.model.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/** {@code /api/v1/playlists/{id}/activity}: a playlist's history. */
@Path(PlaylistActivityResource.PATH)
@Tag(name = "playlists")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistActivityResource {

  static final String PATH = "/api/v1/playlists/{id}/activity";

  private final ListPlaylistActivityUseCase listActivity;

  public PlaylistActivityResource(ListPlaylistActivityUseCase listActivity) {
    this.listActivity = Objects.requireNonNull(listActivity, "listActivity");
  }

  @GET
  @Operation(operationId = "listPlaylistActivity", summary = "A playlist's history",
      description = "Every change, oldest first: created; entries added, removed (also when their song left the "
          + "catalog: song-deleted), moved; renamed, described, visibility changed; collaborators added, changed, "
          + "removed. Each row was written in the transaction of its change. For the playlist's readers.",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of the history.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = ActivityJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "A bad limit or cursor."),
          @ApiResponse(responseCode = "404", description = "No playlist has this id, or you may not see it."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public ActivityJson.ListJson list(
      @Parameter(description = "The playlist id.") @PathParam("id") String id,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    PlaylistId playlistId = PlaylistsWire.playlistId(id);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    return ActivityJson.ListJson.of(listActivity.listPlaylistActivity(CallerFilter.caller(request), playlistId, page),
        page.limit());
  }
}
