package dev.cadenza.bootstrap;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The service under an end-to-end test: {@code e2e.yml} on a schema of its own and a data directory. */
final class EndToEndApps {

  private EndToEndApps() {
  }

  /** The service on {@code db} with {@code dataDir}, plus {@code more} overrides. */
  static DropwizardAppExtension<CadenzaConfiguration> app(TestDatabase db, String dataDir, ConfigOverride... more) {
    List<ConfigOverride> overrides = new ArrayList<>(List.of(
        ConfigOverride.config("database.url", db.jdbcUrl()),
        ConfigOverride.config("database.user", db.user()),
        ConfigOverride.config("database.password", db.password() == null ? "" : db.password()),
        ConfigOverride.config("dataDir", dataDir)));
    overrides.addAll(List.of(more));
    return new DropwizardAppExtension<>(CadenzaApplication.class, ResourceHelpers.resourceFilePath("e2e.yml"),
        overrides.toArray(ConfigOverride[]::new));
  }

  /** A new temporary data directory whose name starts with {@code prefix}. */
  static String tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
