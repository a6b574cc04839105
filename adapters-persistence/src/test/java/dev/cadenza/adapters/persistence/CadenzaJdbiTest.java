package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DAOs' extension metadata is computed once per {@code Jdbi}, not once per transaction: the
 * JDK's own flight recorder watches for the reflective lookups (thrown and caught
 * {@code NoSuchMethodException}s) that computing it again costs. (A DAO called outside a
 * transaction fills the {@code Jdbi}'s cache by itself; one called only inside transactions filled
 * only each transaction's handle copy of it.)
 */
class CadenzaJdbiTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Test
  void statementsOnAnOnDemandDaoDoNotInspectTheDaoAgain() throws Exception {
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    SongReferenceDao dao = CadenzaJdbi.onDemand(jdbi, SongReferenceDao.class);
    List<UUID> none = List.of(UUID.randomUUID());
    dao.findForKeyShare(none);

    List<RecordedEvent> lookups = recordExceptions(() -> {
      for (int i = 0; i < 20; i++) {
        dao.findForKeyShare(none);
        jdbi.useTransaction(handle -> dao.findForKeyShare(none));
      }
    });

    assertThat(lookups.stream().filter(CadenzaJdbiTest::isMetadataLookup))
        .as("NoSuchMethodExceptions thrown while building extension metadata").isEmpty();
  }

  @Test
  void withoutTheWarmUpEachTransactionInspectsTheDaoAgain() throws Exception {
    Jdbi jdbi = CadenzaJdbi.configure(Jdbi.create(DB.dataSource()));
    SongReferenceDao dao = jdbi.onDemand(SongReferenceDao.class);
    List<UUID> none = List.of(UUID.randomUUID());
    jdbi.useTransaction(handle -> dao.findForKeyShare(none));

    List<RecordedEvent> lookups = recordExceptions(() -> {
      for (int i = 0; i < 5; i++) {
        jdbi.useTransaction(handle -> dao.findForKeyShare(none));
      }
    });

    assertThat(lookups.stream().filter(CadenzaJdbiTest::isMetadataLookup))
        .as("the cost the warm-up removes, so that the first test can fail").isNotEmpty();
  }

  private static boolean isMetadataLookup(RecordedEvent event) {
    return event.getClass("thrownClass").getName().equals(NoSuchMethodException.class.getName())
        && event.getStackTrace() != null
        && event.getStackTrace().getFrames().stream()
            .anyMatch(f -> f.getMethod().getType().getName().startsWith("org.jdbi.v3.core.extension.ExtensionMetadata"));
  }

  private static List<RecordedEvent> recordExceptions(Runnable work) throws Exception {
    Path file = Files.createTempFile("cadenza-jdbi", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.JavaExceptionThrow").withStackTrace();
      recording.start();
      work.run();
      recording.stop();
      recording.dump(file);
      return RecordingFile.readAllEvents(file).stream()
          .filter(e -> e.getEventType().getName().equals("jdk.JavaExceptionThrow"))
          .toList();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
