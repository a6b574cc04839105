package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing machine-specific and no key material in the deployment files. */
class HygieneTest {

  private static List<Path> deploymentFiles() {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("docker", "k8s", "opentofu", "local-cluster")) {
      for (String suffix : List.of(".tf", ".tftpl", ".yaml", ".yml", ".sh", ".py", ".conf", ".template",
          "Dockerfile", ".example", ".dockerignore")) {
        files.addAll(InfraFiles.find(InfraFiles.path(dir), suffix));
      }
    }
    files.add(InfraFiles.path("README.md"));
    return files;
  }

  @Test
  void noAbsolutePathsOfAMachineAndNoKeyMaterial() {
    List<Path> files = deploymentFiles();
    assertThat(files).hasSizeGreaterThan(40);
    for (Path file : files) {
      String text = InfraFiles.read(file);
      assertThat(text).as(file.toString())
          .doesNotContainPattern("(?<![\\w.])/(work|home|Users)/")
          .doesNotContainPattern("-----BEGIN [A-Z ]*PRIVATE KEY-----")
          .doesNotContainPattern("AKIA[0-9A-Z]{16}");
    }
  }
}
