package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service image ({@code infra/docker/Dockerfile}): multi-stage build with the Maven wrapper,
 * JRE runtime, non-root user, health check on the admin endpoint (and on the worker's heartbeat),
 * configuration only from the environment, container-aware JVM flags. The health-check script and
 * the entrypoint are also run here, against a stub server, a temporary data directory and a stub
 * {@code java}.
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
    // The worker mode needs bash, stat and date in the runtime image: a full Ubuntu JRE, not distroless.
    assertThat(InfraFiles.read("docker/Dockerfile")).contains("JRE_IMAGE=eclipse-temurin:17-jre-jammy");
    assertThat(script).startsWith("#!/bin/bash\n").contains("stat -c %Y").contains("date +%s");
  }

  @Test
  void theHealthCheckAsksTheAdminPortForAServer() throws Exception {
    assumeShellTools();
    HttpServer admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int[] status = {200};
    admin.createContext("/", exchange -> {
      int code = exchange.getRequestURI().getPath().equals("/healthcheck") ? status[0] : 404;
      exchange.sendResponseHeaders(code, -1);
      exchange.close();
    });
    admin.start();
    try {
      Map<String, String> env = Map.of("CADENZA_ADMIN_PORT", String.valueOf(admin.getAddress().getPort()));
      assertThat(run(env, InfraFiles.path("docker/healthcheck.sh").toString())).isZero();
      assertThat(run(env, InfraFiles.path("docker/healthcheck.sh").toString(), "server")).isZero();
      status[0] = 503;
      assertThat(run(env, InfraFiles.path("docker/healthcheck.sh").toString())).isEqualTo(1);
    } finally {
      admin.stop(0);
    }
  }

  @Test
  void theHealthCheckJudgesAWorkerByTheAgeOfItsHeartbeat(@TempDir Path data) throws Exception {
    assumeShellTools();
    Path heartbeat = data.resolve(ServiceSource.heartbeatFile());
    Map<String, String> env = Map.of("CADENZA_DATA_DIR", data.toString());
    String script = InfraFiles.path("docker/healthcheck.sh").toString();
    assertThat(run(env, script, "worker")).as("no heartbeat yet").isEqualTo(1);
    Files.writeString(heartbeat, "alive\n");
    assertThat(run(env, script, "worker")).as("fresh heartbeat").isZero();
    int period = ServiceSource.heartbeatPeriodSeconds();
    Files.setLastModifiedTime(heartbeat, FileTime.from(Instant.now().minusSeconds(3L * period)));
    assertThat(run(env, script, "worker")).as("a few missed beats are tolerated").isZero();
    Files.setLastModifiedTime(heartbeat, FileTime.from(Instant.now().minusSeconds(90)));
    assertThat(run(env, script, "worker")).as("90 s without a beat").isEqualTo(1);
    assertThat(run(env, script, "worker", "60")).isEqualTo(1);
    assertThat(run(env, script, "worker", "120")).as("a longer limit").isZero();
    assertThat(run(env, script, "worker", "0")).as("nonsense limit").isEqualTo(2);
    assertThat(run(env, script, "nonsense")).isEqualTo(2);
  }

  @Test
  void theEntrypointExecsJavaAndDropsAStaleHeartbeatOnlyForTheWorker(@TempDir Path dir) throws Exception {
    assumeShellTools();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path args = dir.resolve("args");
    Path stub = bin.resolve("java");
    Files.writeString(stub, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$STUB_ARGS\"\n");
    assertThat(stub.toFile().setExecutable(true)).isTrue();
    Path data = Files.createDirectories(dir.resolve("data"));
    Path heartbeat = Files.writeString(data.resolve(ServiceSource.heartbeatFile()), "alive\n");
    Map<String, String> env = Map.of("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"),
        "CADENZA_DATA_DIR", data.toString(), "JAVA_OPTS", "-Xss1m -Dx=1", "STUB_ARGS", args.toString());
    String entrypoint = InfraFiles.path("docker/entrypoint.sh").toString();

    assertThat(run(env, entrypoint, "server")).isZero();
    assertThat(Files.readAllLines(args)).containsExactly("-Xss1m", "-Dx=1", "-jar", "/opt/cadenza/cadenza.jar", "server");
    assertThat(heartbeat).as("server leaves the file alone").exists();

    assertThat(run(env, entrypoint, "worker")).isZero();
    assertThat(Files.readAllLines(args)).containsExactly("-Xss1m", "-Dx=1", "-jar", "/opt/cadenza/cadenza.jar", "worker");
    assertThat(heartbeat).as("a worker starts without an earlier container's heartbeat").doesNotExist();
    assertThat(run(env, entrypoint, "worker")).as("and without any").isZero();
  }

  private static void assumeShellTools() throws Exception {
    for (String tool : List.of("bash", "sh", "stat", "date")) {
      Assumptions.assumeTrue(ComposeTest.onPath(tool), tool + " is not installed");
    }
    Assumptions.assumeTrue(run(Map.of(), "stat", "-c", "%Y", InfraFiles.root().toString()) == 0, "no GNU stat");
  }

  /** Runs a command with extra environment variables; its exit status. */
  private static int run(Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
    return process.exitValue();
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
