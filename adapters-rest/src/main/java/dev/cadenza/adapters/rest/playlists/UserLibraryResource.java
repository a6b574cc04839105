package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.domain.playlists.port.in.ListLibraryQuery;
import dev.cadenza.domain.playlists.port.in.ListLibraryUseCase;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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

/** {@code /api/v1/users/{id}/library}: a user's saved songs, for the user and admins. */
@Path(UserLibraryResource.PATH)
@Tag(name = "library")
@Produces(MediaType.APPLICATION_JSON)
public class UserLibraryResource {

  static final String PATH = "/api/v1/users/{id}/library";

  private final ListLibraryUseCase listLibrary;

  public UserLibraryResource(ListLibraryUseCase listLibrary) {
    this.listLibrary = Objects.requireNonNull(listLibrary, "listLibrary");
  }

  @GET
  @Operation(operationId = "listUserLibrary", summary = "A user's saved songs",
      description = "For the user and admins; anyone else gets 404, as for an unknown user.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of saved songs, newest first.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = LibrarySongJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "listened is not true or false, or a bad limit or cursor."),
          @ApiResponse(responseCode = "401", description = "Credentials that are not valid (without any, the answer "
              + "is 404)."),
          @ApiResponse(responseCode = "404", description = "No such user, or not yours to see."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public LibrarySongJson.ListJson list(
      @Parameter(description = "The user id.") @PathParam("id") String id,
      @Parameter(description = "Only songs marked listened (true) or not (false).",
          schema = @Schema(type = "boolean")) @QueryParam("listened") String listened,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @Parameter(description = "page.next of the previous page.") @QueryParam("cursor") String cursor,
      @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @QueryParam("includeTotal")
      String includeTotal,
      @Context ContainerRequestContext request) {
    UserId user = PlaylistsWire.userId(id);
    Boolean filter = PlaylistsWire.listenedFilter(listened);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    return LibrarySongJson.ListJson.of(listLibrary.listLibrary(new ListLibraryQuery(CallerFilter.caller(request),
        user, filter, page)), page.limit());
  }
}
