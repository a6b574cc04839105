package dev.cadenza.adapters.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where a list page stands: its limit, the cursor of the next page, and the total when asked for. */
@Schema(name = "PageInfo", description = "Paging information of a list response.")
public record PageJson(
    @Schema(description = "The page size that was asked for (or the default, 20).", example = "20",
        requiredMode = Schema.RequiredMode.REQUIRED)
    int limit,
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Pass as ?cursor= to get the next page; null on the last page.", nullable = true,
        requiredMode = Schema.RequiredMode.REQUIRED)
    String next,
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "How many items match in all; only with ?includeTotal=true.", example = "42")
    Long total) {

  public static PageJson of(Page<?> page, int limit) {
    return new PageJson(limit, page.next().map(Cursor::token).orElse(null),
        page.total().isPresent() ? page.total().getAsLong() : null);
  }
}
