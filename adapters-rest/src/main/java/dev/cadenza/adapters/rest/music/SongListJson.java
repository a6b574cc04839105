package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of songs. */
@Schema(name = "SongList", description = "One page of songs.")
public record SongListJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SongJson> items,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {

  public static SongListJson of(Page<Song> page, int limit) {
    return new SongListJson(page.items().stream().map(SongJson::of).toList(), PageJson.of(page, limit));
  }
}
