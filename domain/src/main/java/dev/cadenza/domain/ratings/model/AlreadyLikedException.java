package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.DomainException;
import java.util.Objects;

/** The user likes this item already, and asked to be told so rather than have the like repeated. */
public class AlreadyLikedException extends DomainException {

  private final CatalogItem item;

  public AlreadyLikedException(CatalogItem item) {
    super("AlreadyLiked", Kind.CONFLICT, "you like this " + item.kind().wireName() + " already");
    this.item = Objects.requireNonNull(item, "item");
  }

  public CatalogItem item() {
    return item;
  }
}
