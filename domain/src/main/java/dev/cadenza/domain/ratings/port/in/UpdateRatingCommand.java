package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.RatingChanges;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

/** Changes a rating; with {@code expectedVersion}, only that version. */
public record UpdateRatingCommand(Actor actor, CatalogItem item, RatingId id, OptionalLong expectedVersion,
                                  RatingChanges changes) {
  public UpdateRatingCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(changes, "changes");
  }
}
