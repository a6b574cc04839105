package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

public record RateItemCommand(Actor actor, CatalogItem item, RatingDetails details) {
  public RateItemCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(details, "details");
  }
}
