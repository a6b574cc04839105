package dev.cadenza.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenTofu configuration under {@code infra/opentofu}: every file parses (hcl4j), and the
 * security, encryption, scaling and wiring invariants hold. No OpenTofu binary or AWS account is
 * needed: these are static checks of the source.
 */
class OpenTofuTest {

  private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");
  /** SSH, PostgreSQL, Redis: never reachable from the internet. */
  private static final Set<Integer> SENSITIVE_PORTS = Set.of(22, 5432, 6379);
  private static final Set<String> MODULE_META_ARGUMENTS =
      Set.of("source", "version", "count", "for_each", "providers", "depends_on");

  private final List<TfModule> modules = TfModule.all();
  private final TfModule root = modules.get(0);

  private TfModule module(String name) {
    return modules.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no module " + name));
  }

  // ---- parsing and structure -------------------------------------------------------------------

  @Test
  void everyTfFileParses() {
    List<Path> files = InfraFiles.find(InfraFiles.path("opentofu"), ".tf");
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    for (Path file : files) {
      assertThatCode(() -> assertThat(Hcl.parse(InfraFiles.read(file))).as(file.toString()).isNotEmpty())
          .as(file.toString()).doesNotThrowAnyException();
    }
  }

  @Test
  void theExpectedModulesExist() {
    assertThat(modules).extracting(TfModule::name).contains("opentofu", "network", "security", "load_balancer",
        "compute", "database", "cache", "storage", "secrets", "budget");
    assertThat(root.modules().keySet()).containsExactlyInAnyOrder("network", "security", "secrets", "storage",
        "database", "cache", "load_balancer", "compute", "budget");
  }

  @Test
  void everyVariableAndOutputHasADescription() {
    int variables = 0;
    for (TfModule m : modules) {
      for (var variable : m.variables().entrySet()) {
        variables++;
        assertThat(variable.getValue().get("description"))
            .as("description of variable %s in %s", variable.getKey(), m.name())
            .isInstanceOf(String.class).asString().isNotBlank();
      }
      for (var output : m.outputs().entrySet()) {
        assertThat(output.getValue().get("description"))
            .as("description of output %s in %s", output.getKey(), m.name())
            .isInstanceOf(String.class).asString().isNotBlank();
      }
    }
    assertThat(variables).isGreaterThan(50);
  }

  @Test
  void rootVariablesAreValidatedOrHaveNothingToValidate() {
    Set<String> exempt = Set.of("tags");
    for (var variable : root.variables().entrySet()) {
      String name = variable.getKey();
      String block = root.requireBlockText("variable", name);
      String type = Hcl.attribute(block, "type").orElse("");
      if (type.equals("bool") || exempt.contains(name)) {
        continue;
      }
      assertThat(Hcl.nestedBlocks(block, "validation")).as("validation of variable %s", name).isNotEmpty();
    }
    // Every variable but the image has a default: a first deploy needs nothing else.
    Set<String> required = root.variables().entrySet().stream()
        .filter(e -> !e.getValue().containsKey("default")).map(Map.Entry::getKey).collect(Collectors.toSet());
    assertThat(required).containsExactly("container_image");
  }

  @Test
  void everyReferencedModuleExistsAndIsCalledWithItsVariables() {
    int calls = 0;
    for (TfModule caller : modules) {
      for (var call : caller.modules().entrySet()) {
        calls++;
        Object source = call.getValue().get("source");
        assertThat(source).as("source of module %s in %s", call.getKey(), caller.name()).isInstanceOf(String.class);
        assertThat((String) source).as("local module source").startsWith("./");
        Path dir = caller.dir().resolve((String) source).normalize();
        assertThat(dir).as("module %s", call.getKey()).isDirectory();
        TfModule callee = TfModule.load(dir);

        Set<String> arguments = new LinkedHashSet<>(call.getValue().keySet());
        arguments.removeAll(MODULE_META_ARGUMENTS);
        assertThat(callee.variables().keySet()).as("variables of %s, set by %s", callee.name(), caller.name())
            .containsAll(arguments);
        Set<String> required = callee.variables().entrySet().stream()
            .filter(e -> !e.getValue().containsKey("default")).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(arguments).as("required variables of module %s", call.getKey()).containsAll(required);
      }
      // module.<name>.<output>: the call exists and the module declares that output.
      Matcher m = Pattern.compile("\\bmodule\\.([a-z0-9_]+)\\.([a-z0-9_]+)").matcher(codeOnly(caller));
      while (m.find()) {
        assertThat(caller.modules()).as("module %s referenced in %s", m.group(1), caller.name())
            .containsKey(m.group(1));
        Path dir = caller.dir().resolve((String) caller.modules().get(m.group(1)).get("source")).normalize();
        assertThat(TfModule.load(dir).outputs()).as("output %s of module %s", m.group(2), m.group(1))
            .containsKey(m.group(2));
      }
    }
    assertThat(calls).isEqualTo(9);
  }

  @Test
  void everyVariableAndLocalThatIsUsedIsDeclared() {
    for (TfModule m : modules) {
      String code = codeOnly(m);
      Set<String> locals = new LinkedHashSet<>();
      for (Map<String, Object> block : Hcl.blocks(m.model().get("locals"))) {
        locals.addAll(block.keySet());
      }
      Matcher vars = Pattern.compile("\\bvar\\.([A-Za-z_][A-Za-z0-9_]*)").matcher(code);
      while (vars.find()) {
        assertThat(m.variables()).as("var.%s in %s", vars.group(1), m.name()).containsKey(vars.group(1));
      }
      Matcher used = Pattern.compile("\\blocal\\.([A-Za-z_][A-Za-z0-9_]*)").matcher(code);
      while (used.find()) {
        assertThat(locals).as("local.%s in %s", used.group(1), m.name()).contains(used.group(1));
      }
    }
  }

  @Test
  void theProviderIsPinnedToAMajorVersion() {
    String versions = root.files().get("versions.tf");
    assertThat(versions).contains("required_version").containsPattern("source\\s*=\\s*\"hashicorp/aws\"")
        .containsPattern("version\\s*=\\s*\">= 5\\.\\d+, < 6\\.0\"");
  }

  // ---- security groups ---------------------------------------------------------------------------

  /** One ingress rule, whatever resource form it has. */
  record Ingress(String where, String securityGroup, int fromPort, int toPort, List<String> literalCidrs,
                 List<String> cidrExpressions, String referencedGroup, String forEach) {

    boolean covers(int port) {
      return fromPort <= port && port <= toPort;
    }

    boolean openToWorld() {
      return literalCidrs.stream().anyMatch(WORLD::contains);
    }
  }

  private List<Ingress> ingressRules() {
    List<Ingress> rules = new ArrayList<>();
    for (TfModule m : modules) {
      for (var r : m.resources("aws_vpc_security_group_ingress_rule").entrySet()) {
        String block = m.requireBlockText("resource", "aws_vpc_security_group_ingress_rule", r.getKey());
        rules.add(rule(m.name() + ":" + r.getKey(), block, r.getValue(), "ip_protocol",
            List.of("cidr_ipv4", "cidr_ipv6", "prefix_list_id"), "referenced_security_group_id"));
      }
      for (var r : m.resources("aws_security_group_rule").entrySet()) {
        if ("ingress".equals(r.getValue().get("type"))) {
          String block = m.requireBlockText("resource", "aws_security_group_rule", r.getKey());
          rules.add(rule(m.name() + ":" + r.getKey(), block, r.getValue(), "protocol",
              List.of("cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids"), "source_security_group_id"));
        }
      }
      for (var group : m.resources("aws_security_group").entrySet()) {
        String block = m.requireBlockText("resource", "aws_security_group", group.getKey());
        List<String> inline = new ArrayList<>(Hcl.nestedBlocks(block, "ingress"));
        for (String dynamic : Hcl.nestedBlocks(block, "dynamic \"ingress\"")) {
          inline.add(dynamic);
        }
        for (String ingress : inline) {
          Ingress parsed = rule(m.name() + ":" + group.getKey() + "(inline)", ingress, Map.of(), "protocol",
              List.of("cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids"), "security_groups");
          rules.add(new Ingress(parsed.where(), "aws_security_group." + group.getKey() + ".id", parsed.fromPort(),
              parsed.toPort(), parsed.literalCidrs(), parsed.cidrExpressions(), parsed.referencedGroup(),
              parsed.forEach()));
        }
      }
    }
    return rules;
  }

  private static Ingress rule(String where, String block, Map<String, Object> body, String protocolKey,
                              List<String> cidrKeys, String referenceKey) {
    String protocol = Hcl.attribute(block, protocolKey).orElse("\"-1\"");
    int from = 0;
    int to = 65535;
    boolean allPorts = protocol.equals("\"-1\"") || protocol.equals("\"all\"") || protocol.equals("-1");
    Double fromValue = Hcl.number(body.get("from_port"));
    Double toValue = Hcl.number(body.get("to_port"));
    if (!allPorts && fromValue == null) {
      fromValue = literalNumber(Hcl.attribute(block, "from_port").orElse(""));
      toValue = literalNumber(Hcl.attribute(block, "to_port").orElse(""));
    }
    if (!allPorts && fromValue != null && toValue != null) {
      from = fromValue.intValue();
      to = toValue.intValue();
    }
    List<String> literals = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    for (String key : cidrKeys) {
      Hcl.attribute(block, key).ifPresent(expression -> {
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(expression);
        while (quoted.find()) {
          literals.add(quoted.group(1));
        }
        String rest = expression.replaceAll("\"[^\"]*\"", "").replaceAll("[\\[\\],\\s]", "");
        if (!rest.isEmpty()) {
          expressions.add(expression);
        }
      });
    }
    return new Ingress(where, Hcl.attribute(block, "security_group_id").orElse(null), from, to, literals,
        expressions, Hcl.attribute(block, referenceKey).orElse(null), Hcl.attribute(block, "for_each").orElse(null));
  }

  private static Double literalNumber(String expression) {
    return expression.matches("\\d+") ? Double.valueOf(expression) : null;
  }

  @Test
  void noSecurityGroupOpensTheDatabaseRedisOrSshToTheInternet() {
    List<Ingress> rules = ingressRules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(6);
    for (Ingress rule : rules) {
      if (rule.openToWorld()) {
        for (int port : SENSITIVE_PORTS) {
          assertThat(rule.covers(port)).as("%s opens port %d to the internet", rule.where(), port).isFalse();
        }
        // Only the load balancer's HTTP and HTTPS face the internet.
        assertThat(rule.fromPort()).as("%s: world-open port", rule.where()).isEqualTo(rule.toPort()).isIn(80, 443);
        assertThat(rule.securityGroup()).as("%s: world-open group", rule.where())
            .isEqualTo("aws_security_group.load_balancer.id");
      }
      for (String expression : rule.cidrExpressions()) {
        // A CIDR that is not a literal can only come from a validated variable without 0.0.0.0/0.
        assertThat(expression).as("%s: CIDR source", rule.where()).isEqualTo("each.value");
        assertThat(rule.forEach()).as("%s: for_each", rule.where()).matches("toset\\(var\\.[a-z_]+\\)");
        String variable = rule.forEach().replaceAll("toset\\(var\\.([a-z_]+)\\)", "$1");
        assertVariableRejectsTheWorld(rule.where(), variable);
      }
    }
    assertThat(rules).as("the scan sees the load balancer's public listener rule").anyMatch(Ingress::openToWorld);
  }

  private void assertVariableRejectsTheWorld(String where, String variable) {
    for (TfModule m : modules) {
      if (!m.variables().containsKey(variable)) {
        continue;
      }
      Object defaults = m.variables().get(variable).get("default");
      assertThat(defaults).as("%s: default of %s in %s", where, variable, m.name()).isEqualTo(List.of());
      String validation = String.join("\n",
          Hcl.nestedBlocks(m.requireBlockText("variable", variable), "validation"));
      assertThat(validation).as("%s: validation of %s in %s", where, variable, m.name())
          .contains("\"0.0.0.0/0\"", "\"::/0\"");
    }
    assertThat(root.variables()).as("root variable %s", variable).containsKey(variable);
  }

  @Test
  void sshIsClosedByDefault() {
    List<Ingress> ssh = ingressRules().stream().filter(r -> r.covers(22) && r.referencedGroup() == null).toList();
    assertThat(ssh).as("rules that could open SSH to a network").isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.literalCidrs()).isEmpty();
      assertThat(rule.forEach()).isEqualTo("toset(var.ssh_ingress_cidrs)");
    });
    assertThat(root.variables().get("ssh_ingress_cidrs").get("default")).isEqualTo(List.of());
  }

  @Test
  void databaseAndRedisAreReachableOnlyFromTheServiceAndTheServiceOnlyFromTheLoadBalancer() {
    List<Ingress> rules = ingressRules();
    assertOnlyFrom(rules, "aws_security_group.database.id", "aws_security_group.service.id", Set.of(5432));
    assertOnlyFrom(rules, "aws_security_group.redis.id", "aws_security_group.service.id", Set.of(6379));
    List<Ingress> service = rules.stream()
        .filter(r -> "aws_security_group.service.id".equals(r.securityGroup())).toList();
    assertThat(service).isNotEmpty().allSatisfy(rule -> {
      if (rule.referencedGroup() == null) {
        assertThat(rule.fromPort()).as("%s: only SSH may come from a network", rule.where()).isEqualTo(22);
      } else {
        assertThat(rule.referencedGroup()).isEqualTo("aws_security_group.load_balancer.id");
        assertThat(rule.literalCidrs()).isEmpty();
      }
    });

    // The groups are the ones the resources use.
    TfModule security = module("security");
    assertThat(Hcl.ref(security.outputs().get("database_security_group_id").get("value")))
        .isEqualTo("aws_security_group.database.id");
    assertThat(Hcl.ref(security.outputs().get("redis_security_group_id").get("value")))
        .isEqualTo("aws_security_group.redis.id");
    assertThat(Hcl.ref(security.outputs().get("service_security_group_id").get("value")))
        .isEqualTo("aws_security_group.service.id");
    assertThat(Hcl.ref(security.outputs().get("load_balancer_security_group_id").get("value")))
        .isEqualTo("aws_security_group.load_balancer.id");
    assertCallArgument("database", "security_group_id", "module.security.database_security_group_id");
    assertCallArgument("cache", "security_group_id", "module.security.redis_security_group_id");
    assertCallArgument("compute", "security_group_id", "module.security.service_security_group_id");
    assertCallArgument("load_balancer", "security_group_id", "module.security.load_balancer_security_group_id");
    assertThat(attribute(module("database"), "aws_db_instance", "this", "vpc_security_group_ids"))
        .isEqualTo("[var.security_group_id]");
    assertThat(attribute(module("cache"), "aws_elasticache_replication_group", "this", "security_group_ids"))
        .isEqualTo("[var.security_group_id]");
    assertThat(attribute(module("compute"), "aws_launch_template", "service", "vpc_security_group_ids"))
        .isEqualTo("[var.security_group_id]");
    assertThat(module("database").resource("aws_db_instance", "this").get("publicly_accessible")).isEqualTo(false);
  }

  private static void assertOnlyFrom(List<Ingress> rules, String group, String source, Set<Integer> ports) {
    List<Ingress> into = rules.stream().filter(r -> group.equals(r.securityGroup())).toList();
    assertThat(into).as("ingress rules of %s", group).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.referencedGroup()).as(rule.where()).isEqualTo(source);
      assertThat(rule.literalCidrs()).as(rule.where()).isEmpty();
      assertThat(rule.cidrExpressions()).as(rule.where()).isEmpty();
      assertThat(rule.fromPort()).as(rule.where()).isEqualTo(rule.toPort()).isIn(ports);
    });
  }

  // ---- encryption and data protection ------------------------------------------------------------

  @Test
  void storageAndDatabaseAreEncrypted() {
    TfModule database = module("database");
    Map<String, Object> db = database.resource("aws_db_instance", "this");
    assertThat(db.get("storage_encrypted")).isEqualTo(true);
    assertThat(db.get("engine")).isEqualTo("postgres");
    assertThat(Hcl.number(db.get("backup_retention_period"))).as("backups on by default").isGreaterThanOrEqualTo(1);
    assertThat(attribute(database, "aws_db_instance", "this", "deletion_protection")).isEqualTo("var.deletion_protection");
    assertThat(root.variables().get("db_deletion_protection").get("default")).isEqualTo(true);
    assertThat(attribute(database, "aws_db_instance", "this", "password")).doesNotStartWith("\"");
    assertThat(attribute(database, "aws_db_parameter_group", "this", "family")).contains("postgres");
    assertThat(database.requireBlockText("resource", "aws_db_parameter_group", "this"))
        .containsPattern("name\\s*=\\s*\"rds.force_ssl\"");

    TfModule storage = module("storage");
    Map<String, Object> sse = storage.resource("aws_s3_bucket_server_side_encryption_configuration", "this");
    List<Map<String, Object>> sseRules = Hcl.blocks(sse.get("rule"));
    assertThat(sseRules).isNotEmpty().allSatisfy(rule -> assertThat(
        Hcl.blocks(rule.get("apply_server_side_encryption_by_default")).get(0).get("sse_algorithm"))
        .isIn("aws:kms", "aws:kms:dsse", "AES256"));
    Map<String, Object> versioning = storage.resource("aws_s3_bucket_versioning", "this");
    assertThat(Hcl.blocks(versioning.get("versioning_configuration")).get(0).get("status")).isEqualTo("Enabled");
    Map<String, Object> publicAccess = storage.resource("aws_s3_bucket_public_access_block", "this");
    for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
        "restrict_public_buckets")) {
      assertThat(publicAccess.get(flag)).as(flag).isEqualTo(true);
    }
    for (String type : List.of("aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning",
        "aws_s3_bucket_public_access_block")) {
      assertThat(attribute(storage, type, "this", "bucket")).isEqualTo("aws_s3_bucket.this.id");
    }
    assertThat(root.variables().get("storage_force_destroy").get("default")).isEqualTo(false);

    Map<String, Object> redis = module("cache").resource("aws_elasticache_replication_group", "this");
    assertThat(redis.get("transit_encryption_enabled")).isEqualTo(true);
    assertThat(redis.get("at_rest_encryption_enabled")).isEqualTo(true);

    String launchTemplate = module("compute").requireBlockText("resource", "aws_launch_template", "service");
    assertThat(Hcl.nestedBlocks(launchTemplate, "ebs")).isNotEmpty()
        .allSatisfy(ebs -> assertThat(Hcl.attribute(ebs, "encrypted")).contains("true"));
    assertThat(Hcl.nestedBlocks(launchTemplate, "metadata_options")).singleElement()
        .satisfies(md -> assertThat(Hcl.attribute(md, "http_tokens")).contains("\"required\""));
  }

  @Test
  void databaseAndCacheLiveInThePrivateSubnets() {
    assertCallArgument("database", "subnet_ids", "module.network.private_subnet_ids");
    assertCallArgument("cache", "subnet_ids", "module.network.private_subnet_ids");
    assertCallArgument("compute", "subnet_ids", "module.network.private_subnet_ids");
    assertCallArgument("load_balancer", "subnet_ids", "module.network.public_subnet_ids");
    assertThat(attribute(module("database"), "aws_db_subnet_group", "this", "subnet_ids")).isEqualTo("var.subnet_ids");
    assertThat(attribute(module("cache"), "aws_elasticache_subnet_group", "this", "subnet_ids"))
        .isEqualTo("var.subnet_ids");
  }

  @Test
  void theNetworkHasPublicAndPrivateSubnetsInTwoZones() {
    TfModule network = module("network");
    assertThat(network.resources("aws_subnet").keySet()).containsExactlyInAnyOrder("public", "private");
    for (String subnet : List.of("public", "private")) {
      assertThat(attribute(network, "aws_subnet", subnet, "count")).isEqualTo("length(local.zones)");
      assertThat(attribute(network, "aws_subnet", subnet, "availability_zone")).isEqualTo("local.zones[count.index]");
    }
    assertThat(network.resource("aws_subnet", "public").get("map_public_ip_on_launch")).isEqualTo(false);
    assertThat(String.join("", Hcl.nestedBlocks(network.requireBlockText("variable", "availability_zones"),
        "validation"))).contains("length(var.availability_zones) == 2");
    assertCallArgument("network", "availability_zones", "slice(data.aws_availability_zones.available.names, 0, 2)");
    assertThat(network.resources("aws_nat_gateway")).isNotEmpty();
    assertThat(network.resources("aws_internet_gateway")).isNotEmpty();
  }

  // ---- scaling, load balancing, rollout -----------------------------------------------------------

  @Test
  void autoScalingBoundsAndCpuTargetAreAsDocumented() {
    Map<String, Double> defaults = Map.of("asg_min_size", 1.0, "asg_max_size", 3.0, "cpu_target_percent", 50.0);
    String readme = InfraFiles.read("README.md");
    defaults.forEach((variable, value) -> {
      assertThat(Hcl.number(root.variables().get(variable).get("default"))).as(variable).isEqualTo(value);
      assertThat(readme).as("infra/README.md documents %s = %s", variable, value)
          .containsPattern("\\|\\s*`" + variable + "`\\s*\\|\\s*`" + value.intValue() + "`\\s*\\|");
    });
    assertCallArgument("compute", "min_size", "var.asg_min_size");
    assertCallArgument("compute", "max_size", "var.asg_max_size");
    assertCallArgument("compute", "cpu_target_percent", "var.cpu_target_percent");

    TfModule compute = module("compute");
    Map<String, Object> group = compute.resource("aws_autoscaling_group", "service");
    assertThat(attribute(compute, "aws_autoscaling_group", "service", "min_size")).isEqualTo("var.min_size");
    assertThat(attribute(compute, "aws_autoscaling_group", "service", "max_size")).isEqualTo("var.max_size");
    assertThat(Hcl.number(group.get("min_size"))).as("module default").isEqualTo(1.0);
    assertThat(Hcl.number(group.get("max_size"))).as("module default").isEqualTo(3.0);
    assertThat(group.get("health_check_type")).isEqualTo("ELB");

    Map<String, Object> policy = compute.resource("aws_autoscaling_policy", "cpu");
    assertThat(policy.get("policy_type")).isEqualTo("TargetTrackingScaling");
    Map<String, Object> tracking = Hcl.blocks(policy.get("target_tracking_configuration")).get(0);
    assertThat(Hcl.blocks(tracking.get("predefined_metric_specification")).get(0).get("predefined_metric_type"))
        .isEqualTo("ASGAverageCPUUtilization");
    assertThat(Hcl.number(tracking.get("target_value"))).isEqualTo(50.0);
    assertThat(attribute(compute, "aws_autoscaling_policy", "cpu", "autoscaling_group_name"))
        .isEqualTo("aws_autoscaling_group.service.name");
  }

  @Test
  void aNewVersionRollsTheInstances() {
    TfModule compute = module("compute");
    String group = compute.requireBlockText("resource", "aws_autoscaling_group", "service");
    assertThat(Hcl.nestedBlocks(group, "launch_template")).singleElement()
        .satisfies(lt -> assertThat(Hcl.attribute(lt, "version")).contains("aws_launch_template.service.latest_version"));
    assertThat(Hcl.nestedBlocks(group, "instance_refresh")).singleElement().satisfies(refresh -> {
      assertThat(Hcl.attribute(refresh, "strategy")).contains("\"Rolling\"");
      assertThat(refresh).containsPattern("min_healthy_percentage\\s*=\\s*100");
    });
    // The image is part of the launch template (its user data), so a new image is a new version.
    String launchTemplate = compute.requireBlockText("resource", "aws_launch_template", "service");
    assertThat(launchTemplate).containsPattern("container_image\\s*=\\s*var\\.container_image");
    assertCallArgument("compute", "container_image", "var.container_image");
  }

  @Test
  void theLoadBalancerChecksTheServiceHealthEndpoint() {
    TfModule lb = module("load_balancer");
    String targetGroup = lb.requireBlockText("resource", "aws_lb_target_group", "service");
    String healthCheck = Hcl.nestedBlocks(targetGroup, "health_check").get(0);
    assertThat(Hcl.attribute(healthCheck, "path")).contains("var.health_check_path");
    assertThat(Hcl.attribute(healthCheck, "port")).contains("tostring(var.admin_port)");
    // liveness, not /healthcheck: the group replaces instances the load balancer finds unhealthy,
    // and a database outage must not replace them all
    assertThat(lb.variables().get("health_check_path").get("default")).isEqualTo("/ping");
    assertThat(root.variables().get("health_check_path").get("default")).isEqualTo("/ping");
    assertThat(Hcl.number(root.variables().get("admin_port").get("default"))).isEqualTo(8081.0);
    assertCallArgument("load_balancer", "health_check_path", "var.health_check_path");
    assertCallArgument("load_balancer", "admin_port", "var.admin_port");

    assertThat(lb.resource("aws_lb", "this").get("load_balancer_type")).isEqualTo("application");
    assertThat(Hcl.number(lb.resource("aws_lb", "this").get("idle_timeout")))
        .as("below the service's 30 s idle timeout, so the ALB never reuses a connection it closed")
        .isLessThan(30.0);
    assertThat(Hcl.number(lb.resource("aws_lb_listener", "http").get("port"))).isEqualTo(80.0);
    assertThat(Hcl.number(lb.resource("aws_lb_listener", "https").get("port"))).isEqualTo(443.0);
    assertThat(attribute(lb, "aws_lb_listener", "https", "count")).isEqualTo("local.https ? 1 : 0");
    assertThat(attribute(lb, "aws_lb_listener", "https", "certificate_arn")).isEqualTo("var.certificate_arn");
    assertThat(lb.requireBlockText("locals")).contains("https = var.certificate_arn != \"\"");
    assertThat(root.variables().get("certificate_arn").get("default")).isEqualTo("");
    assertCallArgument("compute", "target_group_arn", "module.load_balancer.target_group_arn");
  }

  @Test
  void theOutputsIncludeTheLoadBalancerDnsName() {
    assertThat(Hcl.ref(root.outputs().get("load_balancer_dns_name").get("value")))
        .isEqualTo("module.load_balancer.dns_name");
    assertThat(root.outputs().keySet()).contains("service_url", "database_endpoint", "redis_endpoint", "bucket_name",
        "secret_arns", "autoscaling_group_name", "budget_alarm_topic_arn");
    assertThat(Hcl.ref(module("load_balancer").outputs().get("dns_name").get("value"))).isEqualTo("aws_lb.this.dns_name");
  }

  // ---- secrets, budget, scripts ---------------------------------------------------------------------

  @Test
  void secretsLiveInSecretsManagerAndAreReadAtBoot() {
    TfModule secrets = module("secrets");
    assertThat(secrets.resources("aws_secretsmanager_secret").keySet())
        .containsExactlyInAnyOrder("database", "redis", "jwt");
    // No secret value enters as a variable, and no .tf file holds one.
    for (TfModule m : modules) {
      assertThat(m.variables().keySet()).as("variables of %s", m.name())
          .noneMatch(v -> v.matches(".*(password|passwd|token|private_key|signing_keys?)$"));
      assertThat(codeOnly(m)).as("literal passwords in %s", m.name())
          .doesNotContainPattern("(?i)(password|auth_token|secret_string)\\s*=\\s*\"");
    }
    String userData = InfraFiles.read("opentofu/modules/compute/user_data.sh.tftpl");
    for (String secret : List.of("database_secret_id", "redis_secret_id", "jwt_secret_id")) {
      assertThat(userData).contains("${" + secret + "}");
    }
    assertThat(userData).contains("aws secretsmanager get-secret-value")
        .contains("CADENZA_DATABASE_PASSWORD").contains("CADENZA_JWT_KEYS");
    String policy = module("compute").requireBlockText("data", "aws_iam_policy_document", "instance");
    assertThat(policy).contains("secretsmanager:GetSecretValue")
        .contains("[var.database_secret_id, var.redis_secret_id, var.jwt_secret_id]");
    assertCallArgument("compute", "database_secret_id", "module.secrets.database_secret_arn");
    assertCallArgument("compute", "jwt_secret_id", "module.secrets.jwt_secret_arn");
    assertCallArgument("compute", "redis_secret_id", "module.secrets.redis_secret_arn");
  }

  @Test
  void theContainerGetsOnlyVariablesTheServiceReadsAndUsesTheInstanceRoleForS3() {
    String userData = InfraFiles.read("opentofu/modules/compute/user_data.sh.tftpl");
    int run = userData.indexOf("exec docker run");
    assertThat(run).isNotNegative();
    String dockerRun = userData.substring(run, userData.indexOf("\nRUN\n", run));
    Set<String> passed = new LinkedHashSet<>();
    Matcher e = Pattern.compile("-e (CADENZA_[A-Z0-9_]+)").matcher(dockerRun);
    while (e.find()) {
      passed.add(e.group(1));
    }
    Set<String> known = ServiceSource.variables();
    assertThat(passed).hasSizeGreaterThan(8)
        .allSatisfy(v -> assertThat(known).as("the service reads %s", v).contains(v))
        .contains("CADENZA_S3_BUCKET", "CADENZA_S3_REGION")
        .as("S3 through the instance role: no static keys, no endpoint (AWS itself)")
        .doesNotContain("CADENZA_S3_ACCESS_KEY_ID", "CADENZA_S3_SECRET_ACCESS_KEY", "CADENZA_S3_ENDPOINT");
    // Each -e NAME without a value takes the script's value: set in the env file or exported.
    for (String name : passed) {
      if (!dockerRun.contains("-e " + name + "=")) {
        assertThat(userData).as("%s has a value", name)
            .containsPattern("(?m)^(" + name + "=|export .*\\b" + name + "\\b)");
      }
    }
    assertThat(userData).contains("CADENZA_S3_BUCKET=${bucket_name}").contains("CADENZA_S3_REGION=${region}")
        .containsPattern("(?m)^CADENZA_S3_PATH_STYLE=false$");
    assertThat(dockerRun.strip()).as("one container per instance, the server (its workers included)")
        .endsWith("\"$CADENZA_IMAGE\" server");
  }

  @Test
  void theUserDataTemplateGetsEveryValueItUses() {
    String main = module("compute").files().get("main.tf");
    int start = main.indexOf("templatefile(");
    assertThat(start).isNotNegative();
    String call = main.substring(start, main.indexOf("}))", start));
    Set<String> given = new LinkedHashSet<>();
    Matcher keys = Pattern.compile("(?m)^\\s*([a-z_]+)\\s*=").matcher(call);
    while (keys.find()) {
      given.add(keys.group(1));
    }
    Set<String> used = new LinkedHashSet<>();
    Matcher placeholders = Pattern.compile("(?<!\\$)\\$\\{([a-z_]+)\\}")
        .matcher(InfraFiles.read("opentofu/modules/compute/user_data.sh.tftpl"));
    while (placeholders.find()) {
      used.add(placeholders.group(1));
    }
    assertThat(used).isNotEmpty().isEqualTo(given);
  }

  @Test
  void aMonthlyBudgetAlarms() {
    TfModule budget = module("budget");
    Map<String, Object> monthly = budget.resource("aws_budgets_budget", "monthly");
    assertThat(monthly.get("time_unit")).isEqualTo("MONTHLY");
    assertThat(monthly.get("budget_type")).isEqualTo("COST");
    assertThat(Hcl.blocks(monthly.get("notification"))).hasSizeGreaterThanOrEqualTo(1)
        .allSatisfy(n -> assertThat(n).containsKey("subscriber_sns_topic_arns"));
    assertCallArgument("budget", "monthly_limit_usd", "var.monthly_budget_usd");
    assertThat(Hcl.number(root.variables().get("monthly_budget_usd").get("default"))).isPositive();
  }

  @Test
  void deployAndTeardownScriptsExistAndSetOnlyDeclaredVariables() {
    for (String script : List.of("opentofu/deploy.sh", "opentofu/teardown.sh")) {
      Path file = InfraFiles.path(script);
      assertThat(file).exists();
      assertThat(Files.isExecutable(file)).as("%s is executable", script).isTrue();
      Matcher vars = Pattern.compile("-var=([a-z_]+)=").matcher(InfraFiles.read(file));
      while (vars.find()) {
        assertThat(root.variables()).as("%s sets %s", script, vars.group(1)).containsKey(vars.group(1));
      }
    }
    assertThat(InfraFiles.read("opentofu/teardown.sh")).contains("-var=db_deletion_protection=false");
  }

  // ---- helpers --------------------------------------------------------------------------------------

  private void assertCallArgument(String module, String argument, String expression) {
    String call = root.requireBlockText("module", module);
    assertThat(Hcl.attribute(call, argument)).as("module %s: %s", module, argument).contains(expression);
  }

  private static String attribute(TfModule m, String type, String name, String attribute) {
    return Hcl.attribute(m.requireBlockText("resource", type, name), attribute)
        .orElseThrow(() -> new AssertionError(type + "." + name + " has no " + attribute));
  }

  /** The module's text without comments. */
  private static String codeOnly(TfModule m) {
    Map<String, String> stripped = new HashMap<>();
    m.files().forEach((name, text) -> stripped.put(name, text.lines().map(Hcl::stripComment)
        .collect(Collectors.joining("\n"))));
    return String.join("\n", stripped.values());
  }
}
