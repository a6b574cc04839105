package dev.cadenza.adapters.rest.music;

import dev.cadenza.adapters.rest.problem.Representations;
import java.util.Optional;

/** Shows the music context's current states (songs, album views) in {@code 412} answers. */
public final class MusicRepresentations implements Representations {

  @Override
  public Optional<Representation> represent(Object state) {
    return MusicWire.representState(state);
  }
}
