package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import java.util.Map;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of songs. */
@Schema(name = "SongList", description = "One page of songs.")
public record SongListJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SongJson> items,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {

  public static SongListJson of(Page<Song> page, int limit, Map<CatalogItem, Engagement> figures) {
    return new SongListJson(page.items().stream().map(s -> {
      CatalogItem item = CatalogItem.song(s.id());
      return SongJson.of(s, figures.getOrDefault(item, Figures.none(item)));
    }).toList(), PageJson.of(page, limit));
  }
}
