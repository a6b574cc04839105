package dev.cadenza.adapters.rest.ratings;

import dev.cadenza.adapters.rest.problem.Representations;
import java.util.Optional;

/** Shows the ratings context's current states (ratings) in {@code 412} answers. */
public final class RatingsRepresentations implements Representations {

  @Override
  public Optional<Representation> represent(Object state) {
    return RatingsWire.representState(state);
  }
}
