package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

/** The caller likes or unlikes an item. */
public record LikeCommand(Actor actor, CatalogItem item) {
  public LikeCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
  }
}
