package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.Violations;
import java.util.Objects;

/** What a rating says: the score and an optional comment (trimmed, up to 2,000 characters). */
public record RatingDetails(Score score, String comment) {

  public static final int MAX_COMMENT = 2000;

  public RatingDetails {
    Objects.requireNonNull(score, "score");
    Violations v = new Violations();
    comment = v.prose("comment", comment, false, MAX_COMMENT);
    v.throwIfAny();
  }
}
