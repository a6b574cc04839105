package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One entry of a playlist. */
@Schema(name = "PlaylistEntry", description = "A song at a position of a playlist; entryId stays while it moves.")
@JsonPropertyOrder({"entryId", "position", "song", "addedBy", "addedAt"})
public record EntryJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String entryId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0-based; positions are always 0..n-1.")
    int position,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SongBriefJson song,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "The user who added it.")
    String addedBy,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String addedAt) {

  static EntryJson of(EntryView v) {
    return new EntryJson(v.entry().id().toString(), v.entry().position(), SongBriefJson.of(v.song()),
        v.entry().addedBy().toString(), PlaylistsWire.time(v.entry().addedAt()));
  }

  /** One page of entries, in order. */
  @Schema(name = "PlaylistEntryList", description = "One page of a playlist's entries, in position order.")
  public record ListJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<EntryJson> items,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {
    static ListJson of(Page<EntryView> page, int limit) {
      return new ListJson(page.items().stream().map(EntryJson::of).toList(), PageJson.of(page, limit));
    }
  }

  /** The answer to an add: the new entries and the playlist's new version and size. */
  @Schema(name = "PlaylistEntriesAdded", description = "The entries an add created, in order, and the playlist's new "
      + "version (also in the ETag) and entry count.")
  public record Added(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<EntryJson> items,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long version,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int entryCount) {
    static Added of(List<EntryView> entries, Playlist playlist) {
      return new Added(entries.stream().map(EntryJson::of).toList(), playlist.version(), playlist.entryCount());
    }
  }
}
