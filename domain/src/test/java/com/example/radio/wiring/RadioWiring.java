package com.example.radio.wiring;

import com.example.radio.GenreRadio;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import java.time.Clock;

/** The host's composition root: the only place that knows which Cadenza adapters run. */
public final class RadioWiring {

  private RadioWiring() {
  }

  /** The radio over Cadenza's in-memory adapters from the test kit. */
  public static GenreRadio inMemory() {
    MusicCatalog catalog = InMemoryCatalog.open(Clock.systemUTC()).useCases;
    return new GenreRadio(catalog.createSong(), catalog.searchSongs());
  }
}
