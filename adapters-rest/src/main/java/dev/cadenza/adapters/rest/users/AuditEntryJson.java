package dev.cadenza.adapters.rest.users;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** One line of the audit trail. */
@Schema(name = "AuditEntry", description = "Who did what to which resource, with the values before and after "
    + "(never secrets or hashes).")
public record AuditEntryJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String at,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A user id, anonymous or system.") String actor,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "user.register") String action,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "user") String resourceType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String resourceId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "object",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        description = "Member names to values of any JSON type.") Map<String, Object> before,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "object",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        description = "Member names to values of any JSON type.") Map<String, Object> after) {

  static AuditEntryJson of(AuditEntry e) {
    return new AuditEntryJson(e.id().toString(), e.at().toString(), e.actor(), e.action(), e.resourceType(),
        e.resourceId(), e.before(), e.after());
  }

  /** One page of the trail, newest first. */
  @Schema(name = "AuditEntryList")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AuditEntryJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<AuditEntry> page, int limit) {
      return new ListJson(page.items().stream().map(AuditEntryJson::of).toList(), PageJson.of(page, limit));
    }
  }
}
