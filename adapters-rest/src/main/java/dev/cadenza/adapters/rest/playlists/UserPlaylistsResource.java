package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.domain.playlists.port.in.ListUserPlaylistsUseCase;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
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

/** {@code /api/v1/users/{id}/playlists}: a user's public playlists. */
@Path(UserPlaylistsResource.PATH)
@Tag(name = "playlists")
@Produces(MediaType.APPLICATION_JSON)
public class UserPlaylistsResource {

  static final String PATH = "/api/v1/users/{id}/playlists";

  private final ListUserPlaylistsUseCase listUserPlaylists;

  public UserPlaylistsResource(ListUserPlaylistsUseCase listUserPlaylists) {
    this.listUserPlaylists = Objects.requireNonNull(listUserPlaylists, "listUserPlaylists");
  }

  @GET
  @Operation(operationId = "listUserPlaylists", summary = "A user's public playlists",
      description = "Newest first; anyone may list them.",
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of playlists.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = PlaylistJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "A bad limit or cursor."),
          @ApiResponse(responseCode = "404", description = "No user has this id."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public PlaylistJson.ListJson list(
      @Parameter(description = "The user id.") @PathParam("id") String id,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    UserId owner = PlaylistsWire.userId(id);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    return PlaylistJson.ListJson.of(listUserPlaylists.listUserPlaylists(CallerFilter.caller(request), owner, page),
        page.limit());
  }
}
