package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Objects;

public record SearchAlbumsQuery(AlbumFilter filter, CatalogSort sort, PageRequest page) {
  public SearchAlbumsQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
  }
}
