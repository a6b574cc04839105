package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Objects;

public record ListRatingsQuery(CatalogItem item, PageRequest page) {
  public ListRatingsQuery {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(page, "page");
  }
}
