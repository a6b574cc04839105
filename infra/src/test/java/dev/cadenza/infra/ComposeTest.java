package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The compose stack's wiring ({@code infra/docker/compose.yaml}, anchors and merge keys
 * resolved): services, replicas, commands and health checks, dependencies, networks, variables the
 * service reads, secrets only from the environment, and nginx pointing at the service. Plus
 * {@code docker-compose config} when that tool is installed.
 */
class ComposeTest {

  private final Path composeFile = InfraFiles.path("docker/compose.yaml");
  private final Map<String, Object> compose = YamlFiles.load(composeFile);
  private final Map<String, Object> services = YamlFiles.map(compose.get("services"));

  private Map<String, Object> service(String name) {
    Map<String, Object> s = YamlFiles.map(services.get(name));
    assertThat(s).as("service %s", name).isNotEmpty();
    return s;
  }

  private Map<String, Object> environment(String name) {
    return YamlFiles.map(service(name).get("environment"));
  }

  private List<String> networks(String name) {
    Object networks = service(name).get("networks");
    return networks instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList()
        : YamlFiles.strings(networks);
  }

  @Test
  void theStackHasEveryService() {
    assertThat(services.keySet()).contains("cadenza", "worker", "postgres", "redis", "minio", "mailpit", "nginx");
  }

  @Test
  void theServiceRunsTwoReplicasBuiltFromTheDockerfileBehindNginxOnly() {
    Map<String, Object> cadenza = service("cadenza");
    assertThat(YamlFiles.map(cadenza.get("deploy")).get("replicas")).isEqualTo(2);
    assertThat(cadenza).as("replicas publish no host port: nginx is the entry").doesNotContainKey("ports");
    Map<String, Object> build = YamlFiles.map(cadenza.get("build"));
    Path context = composeFile.getParent().resolve((String) build.get("context")).normalize();
    assertThat(context.resolve("mvnw")).exists();
    assertThat(context.resolve((String) build.get("dockerfile"))).isEqualTo(InfraFiles.path("docker/Dockerfile"));
    assertThat(YamlFiles.strings(YamlFiles.map(cadenza.get("healthcheck")).get("test")))
        .contains("/opt/cadenza/healthcheck.sh");
    assertThat(YamlFiles.strings(cadenza.get("command"))).containsExactly("server");
    assertThat(service("worker").get("image")).isEqualTo(cadenza.get("image"));
    assertThat(networks("worker")).as("nginx cannot reach the worker").doesNotContain("frontend");
    assertThat(networks("nginx")).containsExactly("frontend");
    assertThat(networks("cadenza")).contains("frontend", "backend");
  }

  @Test
  void theWorkerRunsTheWorkerCommandAndIsCheckedByItsHeartbeat() {
    Map<String, Object> worker = service("worker");
    assertThat(YamlFiles.strings(worker.get("command"))).containsExactly("worker");
    assertThat(worker).as("the worker command opens no port").doesNotContainKey("ports");
    Map<String, Object> healthcheck = YamlFiles.map(worker.get("healthcheck"));
    List<String> test = YamlFiles.strings(healthcheck.get("test"));
    assertThat(test).as("no admin port to ask: the heartbeat mode of the image's script")
        .startsWith("CMD", "/opt/cadenza/healthcheck.sh", "worker");
    assertThat(String.join(" ", test)).doesNotContain("/healthcheck ").doesNotContain("8081");
    if (test.size() > 3) {
      // The file is touched every HEARTBEAT_PERIOD: allow a few missed beats, not a dead worker.
      int maxAge = Integer.parseInt(test.get(3));
      assertThat(maxAge).isBetween(3 * ServiceSource.heartbeatPeriodSeconds(), 120);
    }
    assertThat(healthcheck).containsKeys("interval", "timeout", "retries", "start_period");
    // The script reads the heartbeat in the data directory the worker is given.
    assertThat(environment("worker").get("CADENZA_DATA_DIR")).isEqualTo("/var/lib/cadenza");
    assertThat(InfraFiles.read("docker/healthcheck.sh"))
        .contains("${CADENZA_DATA_DIR:-/var/lib/cadenza}/" + ServiceSource.heartbeatFile());
  }

  @Test
  void theServiceWaitsForItsDependenciesToBeHealthy() {
    for (String name : List.of("cadenza", "worker")) {
      Map<String, Object> dependsOn = YamlFiles.map(service(name).get("depends_on"));
      assertThat(YamlFiles.map(dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
      assertThat(YamlFiles.map(dependsOn.get("redis")).get("condition")).isEqualTo("service_healthy");
      assertThat(YamlFiles.map(dependsOn.get("minio-init")).get("condition"))
          .isEqualTo("service_completed_successfully");
      assertThat(dependsOn).containsKey("mailpit");
    }
    for (String name : List.of("postgres", "redis", "minio")) {
      assertThat(service(name)).as("%s has a health check", name).containsKey("healthcheck");
    }
    assertThat(YamlFiles.map(YamlFiles.map(service("nginx").get("depends_on")).get("cadenza")).get("condition"))
        .isEqualTo("service_healthy");
  }

  @Test
  void theServiceIsWiredToTheStacksServicesByName() {
    Map<String, Object> env = environment("cadenza");
    assertThat(env).containsEntry("CADENZA_HTTP_PORT", "8080").containsEntry("CADENZA_ADMIN_PORT", "8081");
    assertHost(env, "CADENZA_DATABASE_URL", "postgres", 5432);
    assertHost(env, "CADENZA_REDIS_URL", "redis", 6379);
    assertHost(env, "CADENZA_S3_ENDPOINT", "minio", 9000);
    assertThat(env.get("CADENZA_SMTP_HOST")).isEqualTo("mailpit");
    assertThat(env.get("CADENZA_SMTP_PORT")).isEqualTo("1025");
    assertThat((String) env.get("CADENZA_DATABASE_URL")).endsWith("/" + environment("postgres").get("POSTGRES_DB"));
    assertThat(env.get("CADENZA_DATABASE_USER")).isEqualTo(environment("postgres").get("POSTGRES_USER"));
    assertThat(env.get("CADENZA_DATABASE_PASSWORD")).isEqualTo(environment("postgres").get("POSTGRES_PASSWORD"));
    assertThat(env.get("CADENZA_S3_ACCESS_KEY_ID")).isEqualTo(environment("minio").get("MINIO_ROOT_USER"));
    assertThat(env.get("CADENZA_S3_SECRET_ACCESS_KEY")).isEqualTo(environment("minio").get("MINIO_ROOT_PASSWORD"));
    assertThat(env).as("MinIO needs path-style addressing").containsEntry("CADENZA_S3_PATH_STYLE", "true");
    assertThat(YamlFiles.strings(service("minio-init").get("command")).get(0))
        .as("minio-init creates the bucket the service uses").endsWith("local/" + env.get("CADENZA_S3_BUCKET"));
    assertThat(env).as("Mailpit speaks plain SMTP").containsEntry("CADENZA_SMTP_TLS", "none");
    assertThat((String) env.get("CADENZA_SMTP_FROM")).contains("@");
    assertThat(environment("worker")).isEqualTo(env);
  }

  @Test
  void everyVariableGivenIsOneTheServiceReads() {
    Set<String> known = ServiceSource.variables();
    for (String name : List.of("cadenza", "worker")) {
      assertThat(environment(name).keySet()).as("%s's environment", name)
          .filteredOn(k -> k.startsWith("CADENZA_"))
          .hasSizeGreaterThan(15)
          .allSatisfy(k -> assertThat(known).as("the service reads %s", k).contains(k));
    }
  }

  private void assertHost(Map<String, Object> env, String variable, String service, int port) {
    String value = (String) env.get(variable);
    assertThat(value).as(variable).isNotNull();
    URI uri = URI.create(value.startsWith("jdbc:") ? value.substring(5) : value);
    assertThat(uri.getHost()).as(variable).isEqualTo(service);
    assertThat(uri.getPort()).as(variable).isEqualTo(port);
    assertThat(services).as("%s names a service of the stack", variable).containsKey(service);
    assertThat(networks(service)).as("%s shares a network with the service", service).contains("backend");
  }

  @Test
  void secretsComeOnlyFromTheEnvironment() {
    int secrets = 0;
    for (String name : services.keySet()) {
      for (var entry : YamlFiles.map(service(name).get("environment")).entrySet()) {
        if (entry.getKey().matches(".*(PASSWORD|SECRET|TOKEN|JWT_KEYS).*")) {
          secrets++;
          assertThat(String.valueOf(entry.getValue())).as("%s.%s", name, entry.getKey())
              .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
        }
      }
    }
    assertThat(secrets).isGreaterThanOrEqualTo(5);
  }

  @Test
  void onlyLoopbackPortsArePublishedAndTheDataNetworkIsInternal() {
    for (String name : services.keySet()) {
      for (String port : YamlFiles.strings(service(name).get("ports"))) {
        assertThat(port).as("%s publishes %s", name, port).startsWith("127.0.0.1:");
      }
    }
    assertThat(service("postgres")).doesNotContainKey("ports");
    assertThat(service("redis")).doesNotContainKey("ports");
    assertThat(networks("postgres")).containsExactly("backend");
    assertThat(networks("redis")).containsExactly("backend");
    assertThat(YamlFiles.map(YamlFiles.map(compose.get("networks")).get("backend")).get("internal")).isEqualTo(true);
  }

  @Test
  void nginxBalancesTheReplicasAndRetriesOnlyWhatIsSafe() {
    List<String> volumes = YamlFiles.strings(service("nginx").get("volumes"));
    assertThat(volumes).anySatisfy(v -> assertThat(v).startsWith("./nginx.conf:/etc/nginx/nginx.conf"));
    String conf = InfraFiles.directives(InfraFiles.read("docker/nginx.conf"));
    assertThat(conf).containsPattern("server\\s+cadenza:" + environment("cadenza").get("CADENZA_HTTP_PORT") + "\\b")
        .contains("resolver 127.0.0.11")
        .containsPattern("proxy_next_upstream\\s+error\\s+timeout\\s+http_502\\s+http_503;")
        .doesNotContain("non_idempotent")
        .contains("listen 8080;");
    assertThat(YamlFiles.strings(service("nginx").get("ports"))).anySatisfy(p -> assertThat(p).endsWith(":8080"));
  }

  @Test
  void dockerComposeAcceptsTheFile() throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not installed");
    ProcessBuilder pb = new ProcessBuilder("docker-compose", "-f", composeFile.toString(), "config", "-q")
        .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("CADENZA_DB_PASSWORD", "validation-only");
    env.put("MINIO_ROOT_PASSWORD", "validation-only");
    env.put("CADENZA_JWT_KEYS", "k1:dmFsaWRhdGlvbi1vbmx5");
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    // And without the secrets it refuses, naming the missing variable.
    ProcessBuilder bare = new ProcessBuilder("docker-compose", "-f", composeFile.toString(), "config", "-q")
        .redirectErrorStream(true);
    bare.environment().keySet().removeIf(k -> k.equals("CADENZA_DB_PASSWORD") || k.equals("MINIO_ROOT_PASSWORD")
        || k.equals("CADENZA_JWT_KEYS"));
    Process refused = bare.start();
    String refusal = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(refused.exitValue()).isNotZero();
    assertThat(refusal).containsAnyOf("CADENZA_DB_PASSWORD", "MINIO_ROOT_PASSWORD", "CADENZA_JWT_KEYS");
  }

  static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (java.nio.file.Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
