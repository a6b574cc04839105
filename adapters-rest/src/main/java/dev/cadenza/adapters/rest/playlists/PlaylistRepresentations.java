package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.problem.Representations;
import java.util.Optional;

/** Shows the playlists context's current states (playlist views) in {@code 412} answers. */
public final class PlaylistRepresentations implements Representations {

  @Override
  public Optional<Representation> represent(Object state) {
    return PlaylistsWire.representState(state);
  }
}
