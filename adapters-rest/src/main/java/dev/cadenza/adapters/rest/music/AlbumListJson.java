package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import java.util.Map;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of albums. */
@Schema(name = "AlbumList", description = "One page of albums.")
public record AlbumListJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AlbumJson> items,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {

  public static AlbumListJson of(Page<AlbumView> page, int limit, Map<CatalogItem, Engagement> figures) {
    return new AlbumListJson(page.items().stream().map(a -> {
      CatalogItem item = CatalogItem.album(a.album().id());
      return AlbumJson.of(a, figures.getOrDefault(item, Figures.none(item)));
    }).toList(), PageJson.of(page, limit));
  }
}
