package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The service image ({@code infra/docker/Dockerfile}): multi-stage build with the Maven wrapper,
 * JRE runtime, non-root user, health check on the admin endpoint, configuration only from the
 * environment, container-aware JVM flags.
 */
class DockerfileTest {

  /** One instruction: keyword and its arguments, continuation lines joined. */
  record Instruction(String keyword, String arguments) {
  }

  private static List<Instruction> instructions() {
    List<Instruction> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : InfraFiles.read("docker/Dockerfile").split("\n")) {
      String trimmed = line.strip();
      if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
        continue;
      }
      if (!current.isEmpty() && trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String text = current.toString().strip();
      current.setLength(0);
      int space = text.indexOf(' ');
      out.add(new Instruction(text.substring(0, space).toUpperCase(Locale.ROOT), text.substring(space + 1).strip()));
    }
    return out;
  }

  private final List<Instruction> instructions = instructions();

  private List<Instruction> finalStage() {
    int last = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).keyword().equals("FROM")) {
        last = i;
      }
    }
    return instructions.subList(last, instructions.size());
  }

  private List<String> all(List<Instruction> stage, String keyword) {
    return stage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
  }

  @Test
  void buildsWithTheMavenWrapperAndRunsOnAJre() {
    List<String> froms = all(instructions, "FROM");
    assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
    assertThat(froms.get(0)).endsWith("AS build");
    assertThat(String.join("\n", all(instructions, "ARG"))).contains("-jdk").contains("-jre");
    assertThat(all(instructions, "RUN")).anySatisfy(run -> assertThat(run).contains("./mvnw").contains("package"));
    List<Instruction> runtime = finalStage();
    assertThat(runtime.get(0).arguments()).contains("JRE_IMAGE");
    assertThat(all(runtime, "COPY")).anySatisfy(c -> assertThat(c).startsWith("--from=build").contains("cadenza.jar"));
  }

  @Test
  void runsAsANonRootUser() {
    List<String> users = all(finalStage(), "USER");
    assertThat(users).isNotEmpty();
    String user = users.get(users.size() - 1);
    assertThat(user.split(":")[0]).isNotIn("root", "0").matches("[0-9]+");
  }

  @Test
  void checksItsHealthOnTheAdminEndpoint() {
    List<String> checks = all(finalStage(), "HEALTHCHECK");
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0)).contains("CMD").contains("healthcheck.sh").contains("--start-period");
    String script = InfraFiles.read("docker/healthcheck.sh");
    assertThat(script).contains("GET /healthcheck").contains("CADENZA_ADMIN_PORT").contains(" 200 ");
    assertThat(all(finalStage(), "EXPOSE")).containsExactly("8080 8081");
  }

  @Test
  void isConfiguredOnlyThroughTheEnvironment() {
    String env = String.join("\n", all(instructions, "ENV")) + String.join("\n", all(instructions, "ARG"));
    assertThat(env).doesNotContainPattern("(?i)(password|secret|token|jwt_keys)");
    assertThat(env).contains("CADENZA_HTTP_PORT=8080").contains("CADENZA_ADMIN_PORT=8081")
        .contains("CADENZA_DATA_DIR=/var/lib/cadenza");
    assertThat(all(instructions, "COPY")).noneMatch(c -> c.matches(".*\\.ya?ml.*"));
    assertThat(all(finalStage(), "CMD")).containsExactly("[\"server\"]");
    assertThat(all(finalStage(), "ENTRYPOINT")).containsExactly("[\"/opt/cadenza/entrypoint.sh\"]");
    assertThat(InfraFiles.read("docker/entrypoint.sh")).contains("exec java ${JAVA_OPTS:-} -jar");
  }

  @Test
  void usesJvmFlagsSuitedToContainers() {
    String env = String.join("\n", all(finalStage(), "ENV"));
    assertThat(env).contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError")
        .doesNotContainPattern("-Xmx\\d");
  }

  @Test
  void theBuildContextLeavesOutBuildOutputAndLocalData() {
    String ignore = InfraFiles.read("docker/Dockerfile.dockerignore");
    assertThat(ignore.lines().map(String::strip).toList()).contains(".git", "**/target", "**/data");
    for (String copied : List.of("entrypoint.sh", "healthcheck.sh")) {
      assertThat(InfraFiles.path("docker/" + copied)).isExecutable();
    }
  }
}
