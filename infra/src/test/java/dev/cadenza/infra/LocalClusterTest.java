package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Static checks of the local cluster and its chaos check ({@code infra/local-cluster}); the run
 * itself is {@code infra/local-cluster/chaos-check.sh}, called by {@code .ci/run}.
 */
class LocalClusterTest {

  @Test
  void nginxRetriesIdempotentRequestsOnlyAndStaysOnLoopback() {
    String conf = InfraFiles.directives(InfraFiles.read("local-cluster/nginx.conf.template"));
    assertThat(conf).containsPattern("proxy_next_upstream\\s+error\\s+timeout\\s+http_502\\s+http_503;")
        .doesNotContain("non_idempotent")
        .contains("listen 127.0.0.1:@LB_PORT@;")
        .contains("@UPSTREAM_SERVERS@")
        .contains("add_header X-Cadenza-Upstream $upstream_addr always;");
    String cluster = InfraFiles.read("local-cluster/cluster.sh");
    assertThat(cluster).contains("server 127.0.0.1:$(app_port \"$n\")")
        .contains("bindHost=127.0.0.1")
        .contains("CADENZA_DATA_DIR=\"$dir/data\"")
        .contains("CADENZA_REDIS_URL=")
        .contains("createdb")
        .contains("CADENZA_JWT_KEYS=");
  }

  @Test
  void theScriptsAreExecutableAndCleanUpOnExit() {
    for (String script : List.of("cluster.sh", "chaos-check.sh", "chaos_check.py")) {
      assertThat(Files.isExecutable(InfraFiles.path("local-cluster/" + script))).as(script).isTrue();
    }
    assertThat(InfraFiles.read("local-cluster/chaos-check.sh")).contains("trap cleanup EXIT")
        .contains("\"$CLUSTER\" stop").contains("chaos_check.py");
    assertThat(InfraFiles.read("local-cluster/cluster.sh")).contains("trap ").contains("cmd_stop");
  }

  @Test
  void theDriverTargetsLoopbackOnlyAndTakesAnOptionalAuthorizationHeader() {
    String driver = InfraFiles.read("local-cluster/chaos_check.py");
    assertThat(driver).contains("is_loopback").contains("CHAOS_AUTH_HEADER").contains("signal.SIGKILL");
    assertThat(driver).doesNotContainPattern("(?m)^(import|from) (requests|urllib3|aiohttp)");
  }

  @Test
  void ciRunsTheChaosCheck() {
    Path ci = InfraFiles.root().getParent().resolve(".ci/run");
    Assumptions.assumeTrue(Files.exists(ci), "no .ci/run beside infra");
    String run = InfraFiles.read(ci);
    assertThat(run).contains("infra/local-cluster/chaos-check.sh").contains("./mvnw -B -ntp verify");
  }

  @Test
  void theDriverCompiles() throws IOException, InterruptedException {
    Assumptions.assumeTrue(ComposeTest.onPath("python3"), "python3 is not installed");
    Process process = new ProcessBuilder("python3", "-c",
        "import ast, sys; ast.parse(open(sys.argv[1]).read())",
        InfraFiles.path("local-cluster/chaos_check.py").toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
