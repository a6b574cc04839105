package dev.cadenza.bootstrap;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configuration file for running the commands in-process against a test database. */
final class CommandConfigs {

  private CommandConfigs() {
  }

  /** {@code dir/config.yml} pointing at {@code db}, its data under {@code dir/data}, then {@code extraLines}. */
  static Path write(Path dir, TestDatabase db, String... extraLines) throws Exception {
    Path config = dir.resolve("config.yml");
    Files.writeString(config, String.join("\n",
        "database:",
        "  driverClass: org.postgresql.Driver",
        "  url: \"" + db.jdbcUrl() + "\"",
        "  user: \"" + db.user() + "\"",
        "  password: \"" + db.password() + "\"",
        "dataDir: \"" + dir.resolve("data") + "\"",
        "logging:",
        "  level: WARN",
        String.join("\n", extraLines),
        ""));
    return config;
  }
}
