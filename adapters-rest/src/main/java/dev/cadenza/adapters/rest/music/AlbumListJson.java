package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.http.PageJson;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.shared.model.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of albums. */
@Schema(name = "AlbumList", description = "One page of albums.")
public record AlbumListJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AlbumJson> items,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageJson page) {

  public static AlbumListJson of(Page<AlbumView> page, int limit) {
    return new AlbumListJson(page.items().stream().map(AlbumJson::of).toList(), PageJson.of(page, limit));
  }
}
