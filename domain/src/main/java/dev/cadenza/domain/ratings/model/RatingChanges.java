package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.Change;
import java.util.Objects;

/** A partial update of a rating: the score is kept or set; the comment is kept, set or cleared ({@code null}). */
public record RatingChanges(Change<Score> score, Change<String> comment) {

  public RatingChanges {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(comment, "comment");
  }

  public RatingDetails applyTo(RatingDetails current) {
    return new RatingDetails(score.applyTo(current.score()), comment.applyTo(current.comment()));
  }
}
