package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** One row of a playlist's history. */
@Schema(name = "PlaylistActivity", description = "A change to a playlist: who, when, what, the song concerned (as it "
    + "was; it may be gone since) and the values before and after.")
@JsonPropertyOrder({"id", "at", "actor", "action", "song", "before", "after"})
public record ActivityJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String at,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The user id of who did it; system for the "
        + "service's own work; anonymous for a change made without a caller (a song deleted through the OpenMusic adapter while it allows anonymous "
        + "catalog writes).")
    String actor,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"create", "import", "add", "remove", "move",
        "rename", "describe", "visibility", "collaborator-add", "collaborator-role", "collaborator-remove",
        "song-deleted"}) String action,
    @JsonInclude(JsonInclude.Include.NON_NULL) SongBriefJson song,
    @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        description = "Member names to values of any JSON type; absent when empty.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> before,
    @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        description = "Member names to values of any JSON type; absent when empty.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> after) {

  static ActivityJson of(PlaylistActivity a) {
    return new ActivityJson(a.id().toString(), PlaylistsWire.time(a.at()), a.actor(), a.action().wireName(),
        a.song().map(SongBriefJson::of).orElse(null), a.before(), a.after());
  }

  /** One page of a history, oldest first. */
  @Schema(name = "PlaylistActivityList")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ActivityJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<PlaylistActivity> page, int limit) {
      return new ListJson(page.items().stream().map(ActivityJson::of).toList(), PageJson.of(page, limit));
    }
  }
}
