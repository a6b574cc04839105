package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.DomainException;
import java.util.Objects;

/** The user has rated this item already; {@link #existing()} names that rating. */
public class DuplicateRatingException extends DomainException {

  private final CatalogItem item;
  private final RatingId existing;

  public DuplicateRatingException(CatalogItem item, RatingId existing) {
    super("DuplicateRating", Kind.CONFLICT, "you have rated this " + item.kind().wireName()
        + " already (rating " + existing + "); change that rating instead");
    this.item = Objects.requireNonNull(item, "item");
    this.existing = Objects.requireNonNull(existing, "existing");
  }

  public CatalogItem item() {
    return item;
  }

  public RatingId existing() {
    return existing;
  }
}
