package dev.cadenza.adapters.rest.problem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a domain object (the current state a {@code PreconditionFailedException} carries) into the
 * representation the API shows for it, with its entity tag. Each resource family contributes one.
 */
@FunctionalInterface
public interface Representations {

  Optional<Representation> represent(Object state);

  /** A resource's wire representation and its strong entity tag (quoted). */
  record Representation(Object body, String etag) {
    public Representation {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(etag, "etag");
    }
  }

  /** The first of {@code all} that knows the state. */
  static Representations firstOf(List<Representations> all) {
    List<Representations> copy = List.copyOf(all);
    return state -> {
      if (state == null) {
        return Optional.empty();
      }
      for (Representations r : copy) {
        Optional<Representation> found = r.represent(state);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    };
  }
}
