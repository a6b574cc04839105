package dev.cadenza.adapters.rest.problem;

import jakarta.ws.rs.WebApplicationException;

/** Problems for Jersey's own answers: unknown route, 405, 406, 415. */
public final class WebApplicationExceptionMapper extends ProblemExceptionMapper<WebApplicationException> {
  public WebApplicationExceptionMapper(Problems problems) {
    super(problems);
  }
}
