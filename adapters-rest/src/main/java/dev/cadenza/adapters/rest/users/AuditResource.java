package dev.cadenza.adapters.rest.users;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.port.in.ListAuditEntriesUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** {@code /api/v1/admin/audit}: the audit trail, for admins. */
@Path("/api/v1/admin/audit")
@Tag(name = "admin", description = "Administration.")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private final ListAuditEntriesUseCase audit;

  public AuditResource(ListAuditEntriesUseCase audit) {
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  @GET
  @Operation(operationId = "listAuditEntries", summary = "The audit trail (admin)",
      description = "Newest first. Every filter given must match.",
      security = {@SecurityRequirement(name = OpenApiDocument.BEARER), @SecurityRequirement(name = OpenApiDocument.API_KEY)},
      responses = {
          @ApiResponse(responseCode = "200", description = "A page of entries.",
              content = @Content(mediaType = MediaType.APPLICATION_JSON,
                  schema = @Schema(implementation = AuditEntryJson.ListJson.class))),
          @ApiResponse(responseCode = "400", description = "since is not an ISO-8601 instant, or a bad limit, cursor or includeTotal."),
          @ApiResponse(responseCode = "403", description = "The caller is not an admin.")})
  public AuditEntryJson.ListJson list(
      @Parameter(description = "Only entries by this actor (a user id, anonymous or system).")
      @QueryParam("actor") String actor,
      @Parameter(description = "Only entries about this type of resource (user, apikey, session, song, album, ...).")
      @QueryParam("resourceType") String resourceType,
      @Parameter(description = "Only entries about this resource id.") @QueryParam("resourceId") String resourceId,
      @Parameter(description = "Only entries at or after this instant (ISO-8601, e.g. 2026-12-01T00:00:00Z).",
          schema = @Schema(type = "string", format = "date-time")) @QueryParam("since") String since,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Parameter(description = "Also count all entries matching the filters (page.total).",
          schema = @Schema(type = "boolean", defaultValue = "false"))
      @QueryParam("includeTotal") String includeTotal,
      @Context ContainerRequestContext request) {
    Actor caller = CallerFilter.caller(request);
    // who may read the log is settled before its filters: a caller who may not hears 401 or 403, never 400
    Access.requireAdmin(caller);
    PageRequest page = QueryParams.page(limit, cursor, includeTotal);
    AuditQuery query = new AuditQuery(id(actor), QueryParams.text(resourceType), id(resourceId), instant(since));
    return AuditEntryJson.ListJson.of(audit.listAuditEntries(caller, query, page), page.limit());
  }

  private static final Instant EARLIEST_SINCE = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LATEST_SINCE = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** A filter value; an id in any letter case is matched in the canonical (lowercase) form ids are stored in. */
  private static String id(String raw) {
    String text = QueryParams.text(raw);
    return text == null ? null : Uuids.parse(text.strip()).map(UUID::toString).orElse(text);
  }

  private static Instant instant(String raw) {
    String text = QueryParams.text(raw);
    if (text == null) {
      return null;
    }
    Instant since;
    try {
      since = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw RequestProblemException.badInput("since", "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
    }
    // the trail starts long after year 0 and ends long before 10000: anything outside is a mistake
    if (since.isBefore(EARLIEST_SINCE) || since.isAfter(LATEST_SINCE)) {
      throw RequestProblemException.badInput("since", "must be an instant between the years 0000 and 9999");
    }
    return since;
  }
}
