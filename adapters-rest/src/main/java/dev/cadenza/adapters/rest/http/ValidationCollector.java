package dev.cadenza.adapters.rest.http;

import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds several domain values and reports the invalid inputs of all of them in one {@code 422},
 * rather than only those of the first that fails.
 */
public final class ValidationCollector {

  private final List<FieldViolation> violations = new ArrayList<>();

  /** The value {@code build} makes, or {@code null} after recording its violations. */
  public <T> T attempt(Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
