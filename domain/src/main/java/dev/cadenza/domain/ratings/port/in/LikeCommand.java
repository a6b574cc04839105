package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

/**
 * The caller likes or unlikes an item. A like is idempotent (liking again changes nothing) unless
 * {@code refuseRepeat}: then liking an item the caller likes already fails with
 * {@link dev.cadenza.domain.ratings.model.AlreadyLikedException}, decided in the like's transaction.
 */
public record LikeCommand(Actor actor, CatalogItem item, boolean refuseRepeat) {
  public LikeCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
  }

  /** An idempotent like or unlike. */
  public LikeCommand(Actor actor, CatalogItem item) {
    this(actor, item, false);
  }
}
