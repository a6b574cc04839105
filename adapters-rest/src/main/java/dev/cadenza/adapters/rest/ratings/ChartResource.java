package dev.cadenza.adapters.rest.ratings;

import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.http.RenderedJson;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.ratings.port.in.GetChartUseCase;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Objects;

/** {@code /api/v1/charts/songs} and {@code /albums}: the top items by rating or by likes. */
@Path("/api/v1/charts")
@Tag(name = "charts", description = "Top songs and albums, from figures kept up to date; cached for a few seconds.")
@Produces(MediaType.APPLICATION_JSON)
public class ChartResource {

  private final GetChartUseCase getChart;
  private final RenderedJson rendered;

  public ChartResource(GetChartUseCase getChart, JsonWriters writers) {
    this.getChart = Objects.requireNonNull(getChart, "getChart");
    this.rendered = RenderedJson.byValue(64, writers);
  }

  @GET
  @Path("{type: songs|albums}")
  @Operation(operationId = "getChart", summary = "A chart of songs or albums",
      description = "Ranked best first, with the score behind each rank. By rating, only items with the configured "
          + "minimum number of ratings take part (default 3); ties go to more ratings, then the newer item. Reflects "
          + "changes within a few seconds.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The chart.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChartJson.class))),
          @ApiResponse(responseCode = "400", description = "by or limit has the wrong syntax."),
          @ApiResponse(responseCode = "404", description = "type is neither songs nor albums."),
          @ApiResponse(responseCode = "422", description = "limit is outside 1..100.")})
  public Response chart(
      @Parameter(description = "songs or albums.", schema = @Schema(type = "string",
          allowableValues = {"songs", "albums"})) @PathParam("type") String type,
      @Parameter(description = "What to rank by (in any case).", schema = @Schema(type = "string",
          allowableValues = {"rating", "likes"}, defaultValue = "rating")) @QueryParam("by") String by,
      @Parameter(description = "How many ranks.", schema = @Schema(type = "integer", format = "int32", minimum = "1",
          maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit) {
    String order = QueryParams.text(by);
    ChartBy chartBy = order == null ? ChartBy.RATING : ChartBy.fromWireName(order.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> RequestProblemException.badInput("by", "must be rating or likes"));
    Chart chart = getChart.getChart(new ChartQuery(RatingsWire.kindOf(type), chartBy,
        QueryParams.limit(limit, ChartQuery.DEFAULT_LIMIT)));
    // an unchanged chart (a record, compared by value) renders to the same bytes
    return rendered.ok(chart, null, ChartJson.class, ChartJson::of).build();
  }
}
