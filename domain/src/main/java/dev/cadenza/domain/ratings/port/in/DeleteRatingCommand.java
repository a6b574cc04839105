package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

public record DeleteRatingCommand(Actor actor, CatalogItem item, RatingId id, OptionalLong expectedVersion) {
  public DeleteRatingCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
