package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Objects;

public record ListAlbumSongsQuery(AlbumId albumId, CatalogSort sort, PageRequest page) {
  public ListAlbumSongsQuery {
    Objects.requireNonNull(albumId, "albumId");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
  }
}
