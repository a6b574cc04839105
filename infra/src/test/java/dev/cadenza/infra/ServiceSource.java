package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service itself says, read from its sources beside {@code infra}, so the deployment files
 * are checked against the service rather than against a copy: the environment variables it reads
 * (every {@code ${CADENZA_...}} of its built-in configuration) and the {@code worker} command's
 * heartbeat file.
 */
final class ServiceSource {

  private ServiceSource() {
  }

  static Path repositoryFile(String relative) {
    Path file = InfraFiles.root().getParent().resolve(relative);
    assertThat(file).as("the service's %s (moved? update ServiceSource)", relative).isRegularFile();
    return file;
  }

  /** The {@code CADENZA_*} variables of {@code cadenza-defaults.yml}. */
  static Set<String> variables() {
    String defaults = InfraFiles.read(repositoryFile("bootstrap/src/main/resources/cadenza-defaults.yml"));
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\$\\{(CADENZA_[A-Z0-9_]+)(:-[^}]*)?}").matcher(defaults);
    while (m.find()) {
      names.add(m.group(1));
    }
    assertThat(names).as("variables of cadenza-defaults.yml").contains("CADENZA_DATA_DIR", "CADENZA_S3_BUCKET");
    return names;
  }

  private static String workerCommand() {
    return InfraFiles.read(repositoryFile("bootstrap/src/main/java/dev/cadenza/bootstrap/WorkerCommand.java"));
  }

  /** The heartbeat file's name in the data directory ({@code WorkerCommand.HEARTBEAT}). */
  static String heartbeatFile() {
    Matcher m = Pattern.compile("String HEARTBEAT\\s*=\\s*\"([^\"]+)\"").matcher(workerCommand());
    assertThat(m.find()).as("WorkerCommand.HEARTBEAT").isTrue();
    return m.group(1);
  }

  /** How often the worker touches it, in seconds ({@code WorkerCommand.HEARTBEAT_PERIOD}). */
  static int heartbeatPeriodSeconds() {
    Matcher m = Pattern.compile("HEARTBEAT_PERIOD\\s*=\\s*[\\w.]*Duration\\.ofSeconds\\((\\d+)\\)").matcher(workerCommand());
    assertThat(m.find()).as("WorkerCommand.HEARTBEAT_PERIOD").isTrue();
    return Integer.parseInt(m.group(1));
  }
}
