package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A saved song of a library. */
@Schema(name = "LibrarySong", description = "A song in a user's library.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"song", "addedAt", "listened", "listenedAt"})
public record LibrarySongJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SongBriefJson song,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String addedAt,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean listened,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, format = "date-time",
        description = "When it was last marked listened; null while not listened.") String listenedAt) {

  static LibrarySongJson of(LibrarySongView v) {
    return new LibrarySongJson(SongBriefJson.of(v.song()), PlaylistsWire.time(v.item().addedAt()), v.item().listened(),
        v.item().listenedAt().map(PlaylistsWire::time).orElse(null));
  }

  /** One page of a library, newest saves first. */
  @Schema(name = "LibrarySongList")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LibrarySongJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<LibrarySongView> page, int limit) {
      return new ListJson(page.items().stream().map(LibrarySongJson::of).toList(), PageJson.of(page, limit));
    }
  }
}
