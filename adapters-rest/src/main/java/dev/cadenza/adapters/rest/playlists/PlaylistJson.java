package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A playlist as the API shows it. */
@Schema(name = "Playlist", description = "A playlist: its details, size, total duration and version.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "name", "description", "visibility", "ownerId", "role", "entryCount", "durationSeconds",
    "version", "createdAt", "updatedAt"})
public record PlaylistJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Road trip") String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, example = "Songs for the A7") String description,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"private", "public"}) String visibility,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String ownerId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, allowableValues = {"owner", "editor", "viewer"},
        description = "The caller's role in the playlist; null when the caller is not a member.") String role,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12") int entryCount,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2710",
        description = "The sum of the entries' song durations (songs without one count 0).") long durationSeconds,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "7",
        description = "Goes up by one with every change (details, entries, collaborators); the ETag starts with it "
            + "(then the total duration and the caller's role), and If-Match takes it alone.") long version,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String createdAt,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String updatedAt) {

  public static PlaylistJson of(PlaylistView view) {
    Playlist p = view.playlist();
    return new PlaylistJson(p.id().toString(), p.details().name(), p.details().description(),
        p.details().visibility().wireName(), p.owner().toString(), view.role().map(PlaylistRole::wireName).orElse(null),
        p.entryCount(), view.durationSeconds(), p.version(), PlaylistsWire.time(p.createdAt()),
        PlaylistsWire.time(p.updatedAt()));
  }

  /** One page of playlists. */
  @Schema(name = "PlaylistList", description = "One page of playlists.")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<PlaylistJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<PlaylistView> page, int limit) {
      return new ListJson(page.items().stream().map(PlaylistJson::of).toList(), PageJson.of(page, limit));
    }
  }
}
