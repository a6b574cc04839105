package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests under {@code infra/k8s}: the API's probes on the admin port, the
 * worker's {@code worker} command and heartbeat probes, resources, non-root security contexts with a
 * writable data directory, Service/Ingress/HPA/PDB wiring, ConfigMap (only variables the service
 * reads) and Secret references without secret values.
 */
class KubernetesManifestsTest {

  private static final String API = "cadenza-api";
  private static final String WORKER = "cadenza-worker";

  private final List<YamlFiles.Doc> docs = loadAll();

  private static List<YamlFiles.Doc> loadAll() {
    List<YamlFiles.Doc> docs = new ArrayList<>();
    for (Path file : InfraFiles.find(InfraFiles.path("k8s"), ".yaml")) {
      docs.addAll(YamlFiles.loadAll(file));
    }
    return docs;
  }

  private YamlFiles.Doc one(String kind, String name) {
    return docs.stream().filter(d -> kind.equals(d.kind()) && name.equals(d.name())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private List<YamlFiles.Doc> ofKind(String kind) {
    return docs.stream().filter(d -> kind.equals(d.kind())).toList();
  }

  @Test
  void everyManifestParsesAndHasAKindAndName() {
    assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.kind()).as(d.file().toString()).isNotBlank();
      if (!"Kustomization".equals(d.kind())) {
        assertThat(d.name()).as(d.file().toString()).isNotBlank();
      }
    });
    assertThat(docs).extracting(YamlFiles.Doc::kind).contains("Deployment", "Service", "Ingress",
        "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Namespace", "ServiceAccount");
  }

  @Test
  void theKustomizationListsEveryManifest() {
    YamlFiles.Doc kustomization = docs.stream()
        .filter(d -> "Kustomization".equals(d.kind()) && d.file().getParent().equals(InfraFiles.path("k8s")))
        .findFirst().orElseThrow();
    Set<String> listed = new LinkedHashSet<>(YamlFiles.strings(kustomization.get("resources")));
    Set<String> present = new LinkedHashSet<>();
    for (Path file : InfraFiles.find(InfraFiles.path("k8s"), ".yaml")) {
      if (file.getParent().equals(InfraFiles.path("k8s")) && !file.getFileName().toString().equals("kustomization.yaml")) {
        present.add(file.getFileName().toString());
      }
    }
    assertThat(listed).isEqualTo(present);
  }

  private Map<String, Object> container(String deployment) {
    List<Map<String, Object>> containers = YamlFiles.maps(one("Deployment", deployment).at("spec", "template", "spec", "containers"));
    assertThat(containers).as(deployment).hasSize(1);
    return containers.get(0);
  }

  @Test
  void bothDeploymentsRunAsNonRootWithResourcesAndAWritableDataDirectory() {
    for (String name : List.of(API, WORKER)) {
      YamlFiles.Doc deployment = one("Deployment", name);
      Map<String, Object> pod = YamlFiles.map(deployment.at("spec", "template", "spec"));
      Map<String, Object> podSecurity = YamlFiles.map(pod.get("securityContext"));
      assertThat(podSecurity.get("runAsNonRoot")).as(name).isEqualTo(true);
      assertThat((Integer) podSecurity.get("runAsUser")).as(name).isPositive();
      assertThat(pod.get("automountServiceAccountToken")).as(name).isEqualTo(false);

      List<Map<String, Object>> containers = YamlFiles.maps(pod.get("containers"));
      assertThat(containers).as(name).hasSize(1);
      Map<String, Object> container = containers.get(0);
      Map<String, Object> security = YamlFiles.map(container.get("securityContext"));
      assertThat(security.get("allowPrivilegeEscalation")).as(name).isEqualTo(false);
      assertThat(security.get("readOnlyRootFilesystem")).as(name).isEqualTo(true);
      assertThat(YamlFiles.strings(YamlFiles.map(security.get("capabilities")).get("drop"))).as(name).contains("ALL");
      assertThat(security.get("runAsUser")).as(name).isNotEqualTo(0);

      // The root file system is read-only: the data directory (embedded files, the outbox, the
      // worker's heartbeat) and /tmp must be writable volumes of the pod.
      Object dataDir = one("ConfigMap", "cadenza-config").at("data", "CADENZA_DATA_DIR");
      assertThat(dataDir).as("CADENZA_DATA_DIR").isEqualTo("/var/lib/cadenza");
      List<Map<String, Object>> mounts = YamlFiles.maps(container.get("volumeMounts"));
      Set<String> volumes = new LinkedHashSet<>();
      for (Map<String, Object> volume : YamlFiles.maps(pod.get("volumes"))) {
        assertThat(volume.containsKey("emptyDir") || volume.containsKey("persistentVolumeClaim"))
            .as("%s: volume %s is writable storage", name, volume.get("name")).isTrue();
        volumes.add((String) volume.get("name"));
      }
      for (Object path : List.of(dataDir, "/tmp")) {
        assertThat(mounts).as("%s mounts a volume on %s", name, path).anySatisfy(m -> {
          assertThat(m.get("mountPath")).isEqualTo(path);
          assertThat(m.get("readOnly")).isNotEqualTo(true);
          assertThat(volumes).contains((String) m.get("name"));
        });
      }

      Map<String, Object> resources = YamlFiles.map(container.get("resources"));
      for (String bound : List.of("requests", "limits")) {
        assertThat(YamlFiles.map(resources.get(bound))).as("%s %s", name, bound).containsKeys("cpu", "memory");
      }
      assertThat(YamlFiles.map(resources.get("limits")).get("memory"))
          .as("%s: memory limit = request (no overcommit of the heap)", name)
          .isEqualTo(YamlFiles.map(resources.get("requests")).get("memory"));

      // The pod template's labels are what the selector selects.
      Map<String, Object> selector = YamlFiles.map(deployment.at("spec", "selector", "matchLabels"));
      assertThat(YamlFiles.map(deployment.at("spec", "template", "metadata", "labels"))).containsAllEntriesOf(selector);
    }
  }

  @Test
  void theApiRunsTheServerAndIsProbedOnTheAdminPort() {
    Map<String, Object> container = container(API);
    assertThat(YamlFiles.strings(container.get("args"))).containsExactly("server");
    Integer adminPort = YamlFiles.maps(container.get("ports")).stream()
        .filter(p -> "admin".equals(p.get("name"))).map(p -> (Integer) p.get("containerPort")).findFirst()
        .orElseThrow(() -> new AssertionError(API + " declares no admin port"));
    assertThat(adminPort).isEqualTo(8081);
    assertThat(one("ConfigMap", "cadenza-config").at("data", "CADENZA_ADMIN_PORT")).isEqualTo("8081");
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      Map<String, Object> httpGet = YamlFiles.map(YamlFiles.map(container.get(probe)).get("httpGet"));
      assertThat(httpGet.get("port")).as("%s port", probe).isIn("admin", adminPort);
      assertThat((String) httpGet.get("path")).as("%s path", probe).isIn("/healthcheck", "/ping");
    }
    assertThat(YamlFiles.map(YamlFiles.map(container.get("readinessProbe")).get("httpGet")).get("path"))
        .as("readiness does not follow dependencies every pod shares (an outage would empty the Service)")
        .isEqualTo("/ping");
  }

  @Test
  void theWorkerRunsTheWorkerCommandWithoutPortsAndIsProbedByItsHeartbeat() {
    Map<String, Object> container = container(WORKER);
    assertThat(YamlFiles.strings(container.get("args"))).containsExactly("worker");
    assertThat(container).as("the worker command opens no port").doesNotContainKey("ports");
    int period = ServiceSource.heartbeatPeriodSeconds();
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      Map<String, Object> spec = YamlFiles.map(container.get(probe));
      if (spec.isEmpty() && probe.equals("readinessProbe")) {
        continue; // optional: no Service selects the worker
      }
      assertThat(spec).as("%s: nothing to ask over the network", probe)
          .doesNotContainKeys("httpGet", "tcpSocket", "grpc").containsKey("exec");
      List<String> command = YamlFiles.strings(YamlFiles.map(spec.get("exec")).get("command"));
      assertThat(command).as(probe).startsWith("/opt/cadenza/healthcheck.sh", "worker");
      if (command.size() > 2) {
        assertThat(Integer.parseInt(command.get(2))).as("%s: max heartbeat age", probe).isBetween(3 * period, 120);
      }
      assertThat((Integer) spec.get("timeoutSeconds")).as("%s timeout", probe).isNotNull();
    }
    Map<String, Object> startup = YamlFiles.map(container.get("startupProbe"));
    assertThat((Integer) startup.get("periodSeconds") * (Integer) startup.get("failureThreshold"))
        .as("start-up allows for the migrations").isGreaterThanOrEqualTo(120);
    // The script looks for the heartbeat where the worker writes it: the data directory.
    assertThat(InfraFiles.read("docker/healthcheck.sh"))
        .contains("${CADENZA_DATA_DIR:-/var/lib/cadenza}/" + ServiceSource.heartbeatFile());
  }

  @Test
  void configurationComesFromTheConfigMapAndSecretsOnlyByReference() {
    Set<String> secretKeys = new LinkedHashSet<>();
    Set<String> optionalKeys = new LinkedHashSet<>();
    Map<String, Set<String>> secretVariables = new java.util.HashMap<>();
    for (String name : List.of(API, WORKER)) {
      Map<String, Object> container = container(name);
      assertThat(YamlFiles.maps(container.get("envFrom"))).as(name)
          .anySatisfy(e -> assertThat(YamlFiles.map(e.get("configMapRef")).get("name")).isEqualTo("cadenza-config"));
      Set<String> variables = new LinkedHashSet<>();
      for (Map<String, Object> env : YamlFiles.maps(container.get("env"))) {
        String variable = (String) env.get("name");
        assertThat(env).as("%s: %s is a reference, never a value", name, variable).doesNotContainKey("value");
        Map<String, Object> secretRef = YamlFiles.map(YamlFiles.map(env.get("valueFrom")).get("secretKeyRef"));
        assertThat(secretRef.get("name")).as(variable).isEqualTo("cadenza-secrets");
        (Boolean.TRUE.equals(secretRef.get("optional")) ? optionalKeys : secretKeys).add((String) secretRef.get("key"));
        variables.add(variable);
      }
      secretVariables.put(name, variables);
    }
    assertThat(secretKeys).containsExactlyInAnyOrder("database-password", "jwt-keys", "redis-url");
    // Optional: static object-storage keys (else the AWS default chain) and the SMTP login's password.
    assertThat(optionalKeys).containsExactlyInAnyOrder("s3-access-key-id", "s3-secret-access-key", "smtp-password");
    assertThat(secretVariables.get(API)).as("API and worker get the same secrets").isEqualTo(secretVariables.get(WORKER))
        .contains("CADENZA_DATABASE_PASSWORD", "CADENZA_JWT_KEYS", "CADENZA_REDIS_URL", "CADENZA_SMTP_PASSWORD",
            "CADENZA_S3_ACCESS_KEY_ID", "CADENZA_S3_SECRET_ACCESS_KEY");

    // No Secret carries data, and the ConfigMap holds nothing secret.
    assertThat(ofKind("Secret")).allSatisfy(s -> {
      assertThat(s.get("data")).isNull();
      assertThat(s.get("stringData")).isNull();
    });
    Map<String, Object> config = YamlFiles.map(one("ConfigMap", "cadenza-config").get("data"));
    assertThat(config.keySet()).noneMatch(k -> k.matches(".*(PASSWORD|SECRET|TOKEN|JWT_KEYS).*"));
    assertThat(config).containsKeys("CADENZA_DATABASE_URL", "CADENZA_HTTP_PORT", "CADENZA_ADMIN_PORT",
        "CADENZA_DATA_DIR");
    // The ExternalSecret (optional) fills the required keys from references only.
    YamlFiles.Doc external = one("ExternalSecret", "cadenza-secrets");
    assertThat(YamlFiles.map(external.at("spec", "target", "template", "data")).keySet()).isEqualTo(secretKeys);
    assertThat(YamlFiles.maps(external.at("spec", "data"))).allSatisfy(d -> assertThat(d).containsKey("remoteRef"));
  }

  @Test
  void everyVariableGivenIsOneTheServiceReadsWithValidValues() {
    Set<String> known = ServiceSource.variables();
    Map<String, Object> config = YamlFiles.map(one("ConfigMap", "cadenza-config").get("data"));
    assertThat(config.keySet()).allSatisfy(k -> assertThat(known).as("the service reads %s", k).contains(k));
    for (String name : List.of(API, WORKER)) {
      for (Map<String, Object> env : YamlFiles.maps(container(name).get("env"))) {
        assertThat(known).as("%s: the service reads %s", name, env.get("name")).contains((String) env.get("name"));
      }
    }
    assertThat(config).containsKeys("CADENZA_S3_BUCKET", "CADENZA_S3_REGION", "CADENZA_SMTP_HOST", "CADENZA_SMTP_PORT",
        "CADENZA_SMTP_FROM");
    assertThat(config.get("CADENZA_SMTP_TLS")).isIn("starttls", "smtps");
    assertThat(config.get("CADENZA_S3_PATH_STYLE")).isIn(null, "true", "false");
    // Links in exported files use the public URL: the Ingress's host.
    YamlFiles.Doc ingress = one("Ingress", "cadenza");
    Object host = YamlFiles.maps(ingress.at("spec", "rules")).get(0).get("host");
    assertThat(java.net.URI.create((String) config.get("CADENZA_PUBLIC_URL")).getHost()).isEqualTo(host);
    assertThat((String) config.get("CADENZA_PUBLIC_URL")).startsWith("https://");
  }

  @Test
  void theServiceSelectsTheApiPodsAndTheIngressRoutesToIt() {
    YamlFiles.Doc service = one("Service", "cadenza");
    Map<String, Object> selector = YamlFiles.map(service.at("spec", "selector"));
    Map<String, Object> apiLabels = YamlFiles.map(one("Deployment", API).at("spec", "template", "metadata", "labels"));
    Map<String, Object> workerLabels = YamlFiles.map(one("Deployment", WORKER).at("spec", "template", "metadata", "labels"));
    assertThat(apiLabels).containsAllEntriesOf(selector);
    assertThat(workerLabels).as("workers take no HTTP traffic").doesNotContainEntry(
        "app.kubernetes.io/component", selector.get("app.kubernetes.io/component"));
    Map<String, Object> port = YamlFiles.maps(service.at("spec", "ports")).get(0);
    assertThat(port.get("targetPort")).isEqualTo("http");
    Map<String, Object> apiContainer = YamlFiles.maps(one("Deployment", API).at("spec", "template", "spec", "containers")).get(0);
    assertThat(YamlFiles.maps(apiContainer.get("ports"))).anySatisfy(p -> assertThat(p.get("name")).isEqualTo("http"));

    YamlFiles.Doc ingress = one("Ingress", "cadenza");
    Map<String, Object> backend = YamlFiles.map(YamlFiles.maps(YamlFiles.map(YamlFiles.maps(ingress.at("spec", "rules")).get(0).get("http"))
        .get("paths")).get(0).get("backend"));
    assertThat(YamlFiles.map(backend.get("service")).get("name")).isEqualTo("cadenza");
    assertThat(YamlFiles.map(YamlFiles.map(backend.get("service")).get("port")).get("name")).isEqualTo(port.get("name"));
    assertThat(YamlFiles.map(ingress.at("metadata", "annotations")).get("nginx.ingress.kubernetes.io/proxy-next-upstream"))
        .asString().contains("error").contains("timeout").contains("http_502").contains("http_503")
        .doesNotContain("non_idempotent");
  }

  @Test
  void theAutoscalerTargetsFiftyPercentCpuOfTheApi() {
    YamlFiles.Doc hpa = one("HorizontalPodAutoscaler", API);
    assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
    assertThat(YamlFiles.map(hpa.at("spec", "scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name", API);
    Map<String, Object> metric = YamlFiles.maps(hpa.at("spec", "metrics")).get(0);
    Map<String, Object> resource = YamlFiles.map(metric.get("resource"));
    assertThat(resource.get("name")).isEqualTo("cpu");
    assertThat(YamlFiles.map(resource.get("target"))).containsEntry("type", "Utilization").containsEntry("averageUtilization", 50);
    assertThat((Integer) hpa.at("spec", "minReplicas")).isGreaterThanOrEqualTo(2);
    assertThat((Integer) hpa.at("spec", "maxReplicas")).isGreaterThan((Integer) hpa.at("spec", "minReplicas"));
    assertThat(YamlFiles.map(one("Deployment", API).get("spec")))
        .as("no replica count in the deployment: each apply would reset the HPA's").doesNotContainKey("replicas");
    Map<String, Object> container = YamlFiles.maps(one("Deployment", API).at("spec", "template", "spec", "containers")).get(0);
    assertThat(YamlFiles.map(YamlFiles.map(container.get("resources")).get("requests"))).as("the HPA needs a CPU request")
        .containsKey("cpu");
  }

  @Test
  void theDisruptionBudgetKeepsAnApiPod() {
    YamlFiles.Doc pdb = one("PodDisruptionBudget", API);
    assertThat(pdb.get("apiVersion")).isEqualTo("policy/v1");
    Map<String, Object> spec = YamlFiles.map(pdb.get("spec"));
    assertThat(spec.containsKey("minAvailable") || spec.containsKey("maxUnavailable")).isTrue();
    Map<String, Object> selector = YamlFiles.map(YamlFiles.map(spec.get("selector")).get("matchLabels"));
    assertThat(YamlFiles.map(one("Deployment", API).at("spec", "template", "metadata", "labels"))).containsAllEntriesOf(selector);
    assertThat(spec.get("minAvailable")).isEqualTo(1);
    assertThat(((Integer) one("HorizontalPodAutoscaler", API).at("spec", "minReplicas")))
        .as("the budget never blocks every drain").isGreaterThan(1);
  }

  @Test
  void theNamespaceEnforcesTheRestrictedPodSecurityStandard() {
    Map<String, Object> labels = YamlFiles.map(one("Namespace", "cadenza").at("metadata", "labels"));
    assertThat(labels).containsEntry("pod-security.kubernetes.io/enforce", "restricted");
    YamlFiles.Doc account = one("ServiceAccount", "cadenza");
    assertThat(account.get("automountServiceAccountToken")).isEqualTo(false);
  }
}
