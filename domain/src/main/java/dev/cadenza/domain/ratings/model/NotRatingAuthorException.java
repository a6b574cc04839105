package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.AccessDeniedException;

/** Only the author of a rating may change or delete it. */
public class NotRatingAuthorException extends AccessDeniedException {
  public NotRatingAuthorException() {
    super("only the author of a rating may change or delete it");
  }
}
