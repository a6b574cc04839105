package dev.cadenza.adapters.rest.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.port.in.CreatedApiKey;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An API key as its owner sees it; {@code key} only in the answer to its creation. */
@Schema(name = "ApiKey", description = "An API key. key (the secret) is present once, in the answer to the "
    + "creation; afterwards only its prefix is shown.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The visible start of the key.") String prefix,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String createdAt,
    @Schema(format = "date-time", description = "Absent until first used; updated at most once a minute.")
    String lastUsedAt,
    @Schema(format = "date-time", description = "Present once revoked.") String revokedAt,
    @Schema(description = "The whole key (send as X-API-Key); only in the creation's answer.") String key) {

  static ApiKeyJson of(ApiKey k) {
    return new ApiKeyJson(k.id().toString(), k.name(), k.prefix(), k.createdAt().toString(),
        k.lastUsedAt().map(Instant::toString).orElse(null), k.revokedAt().map(Instant::toString).orElse(null), null);
  }

  static ApiKeyJson of(CreatedApiKey created) {
    ApiKey k = created.key();
    return new ApiKeyJson(k.id().toString(), k.name(), k.prefix(), k.createdAt().toString(), null, null,
        created.secret());
  }

  /** One page of keys. */
  @Schema(name = "ApiKeyList")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ApiKeyJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<ApiKey> page, int limit) {
      return new ListJson(page.items().stream().map(ApiKeyJson::of).toList(), PageJson.of(page, limit));
    }
  }
}
