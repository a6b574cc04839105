package dev.cadenza.adapters.rest.problem;

import dev.cadenza.domain.shared.model.DomainException;

/** Problems for the domain's errors, by kind. */
public final class DomainExceptionMapper extends ProblemExceptionMapper<DomainException> {
  public DomainExceptionMapper(Problems problems) {
    super(problems);
  }
}
