package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Objects;

public record SearchSongsQuery(SongFilter filter, CatalogSort sort, PageRequest page) {
  public SearchSongsQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
  }
}
