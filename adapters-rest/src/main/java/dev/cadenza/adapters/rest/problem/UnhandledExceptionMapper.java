package dev.cadenza.adapters.rest.problem;

/** Problems for everything else: 413, 503 or a logged 500. */
public final class UnhandledExceptionMapper extends ProblemExceptionMapper<Throwable> {
  public UnhandledExceptionMapper(Problems problems) {
    super(problems);
  }
}
