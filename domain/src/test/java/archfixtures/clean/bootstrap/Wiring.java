package archfixtures.clean.bootstrap;

import archfixtures.clean.adapters.cache.CachingTrackRepository;
import archfixtures.clean.adapters.persistence.SqlTrackRepository;
import archfixtures.clean.adapters.rest.TrackResource;
import archfixtures.clean.domain.music.service.AddTrackService;
import archfixtures.clean.domain.shared.port.out.Transactions;
import java.util.function.Supplier;

/** Fixture: the composition root sees everything; the rules ignore what it uses. */
public final class Wiring {

  private Wiring() {
  }

  public static TrackResource rest() {
    Transactions tx = new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return work.get();
      }
    };
    return new TrackResource(new AddTrackService(new CachingTrackRepository(new SqlTrackRepository()), tx));
  }
}
