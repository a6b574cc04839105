package dev.cadenza.domain.ratings.model;

import java.util.List;
import java.util.Objects;

/** The top items of one kind by rating or by likes, best first. */
public record Chart(ItemKind kind, ChartBy by, int minimumRatings, List<ChartEntry> entries) {

  public Chart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
    entries = List.copyOf(entries);
  }
}
