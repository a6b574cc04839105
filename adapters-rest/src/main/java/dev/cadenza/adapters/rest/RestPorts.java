package dev.cadenza.adapters.rest;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import java.util.Objects;

/** The incoming ports the REST adapter drives, one member per bounded context. */
public record RestPorts(MusicCatalog music) {
  public RestPorts {
    Objects.requireNonNull(music, "music");
  }
}
