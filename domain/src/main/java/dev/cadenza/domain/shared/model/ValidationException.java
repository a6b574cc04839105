package dev.cadenza.domain.shared.model;

import java.util.List;
import java.util.stream.Collectors;

/** Well-formed input with invalid values; lists every violation found, not just the first. */
public class ValidationException extends DomainException {

  private final List<FieldViolation> violations;

  public ValidationException(List<FieldViolation> violations) {
    super("Validation", Kind.VALIDATION, violations.stream()
        .map(v -> v.field() + ": " + v.message())
        .collect(Collectors.joining("; ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
