package dev.cadenza.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Problems for request bodies Jackson cannot read. */
public final class JsonProcessingExceptionMapper extends ProblemExceptionMapper<JsonProcessingException> {
  public JsonProcessingExceptionMapper(Problems problems) {
    super(problems);
  }
}
