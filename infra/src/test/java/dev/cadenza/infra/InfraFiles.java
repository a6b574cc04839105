package dev.cadenza.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the infrastructure descriptors are, and reading them. */
final class InfraFiles {

  private InfraFiles() {
  }

  /** The {@code infra} directory: from the build ({@code cadenza.infra.dir}), else the working directory. */
  static Path root() {
    String configured = System.getProperty("cadenza.infra.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    if (!Files.isDirectory(dir.resolve("opentofu")) && Files.isDirectory(dir.resolve("infra/opentofu"))) {
      dir = dir.resolve("infra");
    }
    return dir.toAbsolutePath().normalize();
  }

  static Path path(String relative) {
    return root().resolve(relative);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String relative) {
    return read(path(relative));
  }

  /** Regular files under {@code dir} whose name ends with {@code suffix}, skipping tool caches. */
  static List<Path> find(Path dir, String suffix) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> !p.toString().replace('\\', '/').contains("/.terraform/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A configuration file's text without its {@code #} comments (nginx, shell, YAML). */
  static String directives(String text) {
    return text.lines().map(line -> line.replaceAll("(^|\\s)#.*$", "")).collect(Collectors.joining("\n"));
  }
}
