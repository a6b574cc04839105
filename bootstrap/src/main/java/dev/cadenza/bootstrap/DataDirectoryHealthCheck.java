package dev.cadenza.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import java.nio.file.Files;
import java.nio.file.Path;

/** Healthy when the data directory exists and the service can write there. */
final class DataDirectoryHealthCheck extends HealthCheck {

  private final Path directory;

  DataDirectoryHealthCheck(Path directory) {
    this.directory = directory;
  }

  @Override
  protected Result check() throws Exception {
    if (!Files.isDirectory(directory)) {
      return Result.unhealthy("data directory " + directory + " does not exist");
    }
    Path probe = Files.createTempFile(directory, ".health", ".tmp");
    Files.delete(probe);
    return Result.healthy("data directory " + directory + " is writable");
  }
}
