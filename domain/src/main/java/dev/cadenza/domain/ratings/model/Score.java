package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.ValidationException;

/** A rating's score: 1..10 half stars (10 is five stars). */
public record Score(int value) {

  public static final int MIN = 1;
  public static final int MAX = 10;

  public Score {
    if (value < MIN || value > MAX) {
      throw ValidationException.of("score", "must be an integer between " + MIN + " and " + MAX);
    }
  }
}
