package dev.cadenza.domain.shared.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field violations so a constructor can report every invalid value at once.
 * Also holds the small text and number checks the models share.
 */
public final class Violations {

  private final List<FieldViolation> found = new ArrayList<>();

  public Violations add(String field, String message) {
    found.add(new FieldViolation(field, message));
    return this;
  }

  public Violations check(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
    return this;
  }

  /**
   * Trims {@code value} and checks its length; returns the trimmed text, or {@code null} when it
   * was missing (a violation is recorded when {@code required}).
   */
  public String text(String field, String value, boolean required, int maxLength) {
    if (value == null) {
      check(!required, field, "is required");
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      check(!required, field, "must not be blank");
      return required ? trimmed : null;
    }
    check(trimmed.length() <= maxLength, field, "must be at most " + maxLength + " characters");
    check(trimmed.codePoints().noneMatch(Character::isISOControl), field, "must not contain control characters");
    return trimmed;
  }

  public void range(String field, Integer value, boolean required, int min, int max) {
    if (value == null) {
      check(!required, field, "is required");
      return;
    }
    check(value >= min && value <= max, field, "must be between " + min + " and " + max);
  }

  /**
   * Builds a value whose constructor validates itself; its violations join these instead of
   * escaping, and the result is {@code null} when it was invalid.
   */
  public <T> T capture(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
