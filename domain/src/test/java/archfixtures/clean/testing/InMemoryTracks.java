package archfixtures.clean.testing;

import archfixtures.clean.adapters.persistence.SqlTrackRepository;
import archfixtures.clean.domain.music.service.AddTrackService;
import archfixtures.clean.domain.shared.port.out.Transactions;
import java.util.function.Supplier;

/** Fixture: a test kit may use anything; the rules ignore what it uses. */
public final class InMemoryTracks {

  private InMemoryTracks() {
  }

  public static AddTrackService service() {
    return new AddTrackService(new SqlTrackRepository(), new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return work.get();
      }
    });
  }
}
