package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A collaborator of a playlist. */
@Schema(name = "Collaborator", description = "A user the owner let into the playlist.")
public record CollaboratorJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "The user's id.") String user,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"editor", "viewer"}) String role,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String addedAt) {

  static CollaboratorJson of(Collaborator c) {
    return new CollaboratorJson(c.userId().toString(), c.role().wireName(), PlaylistsWire.time(c.addedAt()));
  }

  /** One page of collaborators, in the order they joined. */
  @Schema(name = "CollaboratorList")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CollaboratorJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<Collaborator> page, int limit) {
      return new ListJson(page.items().stream().map(CollaboratorJson::of).toList(), PageJson.of(page, limit));
    }
  }
}
