package dev.cadenza.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Cadenza's architecture as ArchUnit rules, shipped in the domain's test-jar so that every module,
 * and every application that embeds the domain jar, can run them against the code it sees.
 *
 * <h2>Running the rules</h2>
 * A module that sees only part of Cadenza runs the lenient set, whose rules pass when the layer
 * they check is not on the class path:
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.cadenza")
 * class ArchitectureTest {
 *   @ArchTest ArchTests rules = ArchTests.in(CadenzaArchitectureRules.class);
 * }
 * }</pre>
 * The module that sees everything ({@code bootstrap}) runs {@link Strict} instead, which also fails
 * when a layer or a rule matches no class at all, so a renamed package cannot make a rule pass by
 * checking nothing. An application embedding the domain adds
 * {@link #embedderUsesOnlyPorts(String, String)} for its own packages.
 *
 * <h2>Parameterized rule sets</h2>
 * {@link #forRoot(String)} builds the same rules for any root package, which is how the rules are
 * shown to fail on small fixture packages. A rule set is immutable; {@link #strict()},
 * {@link #requiringAdapters(String...)} and {@link #includingTestCode()} return changed copies.
 *
 * <h2>Test code</h2>
 * Test classes share the packages of the code they test (domain tests use AssertJ, adapter tests
 * use the test kit), so by default the rules look at production code only: classes compiled to a
 * test output folder ({@code target/test-classes}, Gradle's {@code build/classes/<lang>/test},
 * IntelliJ's {@code out/test}) or packed in a Maven test-jar ({@code *-tests.jar}) are left out.
 * {@link #includingTestCode()} checks them too.
 */
public final class CadenzaArchitectureRules {

  /** Cadenza's root package. */
  public static final String ROOT = "dev.cadenza";

  /** Adapter modules the lenient set always names, whether or not their code is on the class path. */
  public static final List<String> KNOWN_ADAPTERS = List.of("rest", "persistence", "cache", "security", "storage",
      "mail");

  /**
   * Adapters that must have classes when the strict set runs in {@code bootstrap}. An adapter module
   * joins this list once {@code bootstrap} depends on it; every
   * other {@code <root>.adapters.<role>} package found on the class path is checked as an adapter
   * anyway.
   */
  public static final List<String> REQUIRED_ADAPTERS = List.of("rest", "persistence", "cache", "security", "storage",
      "mail");

  /**
   * Which other contexts each context of {@code <root>.domain.<context>} may use. A context that is
   * not listed here may use {@code shared} only, and no listed context may use it: a new context
   * declares its directions here first.
   */
  public static final Map<String, Set<String>> CONTEXT_DIRECTIONS = contextDirections();

  /** Frameworks the domain never sees, not even as an annotation. */
  public static final List<String> FRAMEWORK_PACKAGES = List.of(
      "jakarta..", "javax.ws.rs..", "javax.validation..", "javax.inject..", "javax.persistence..",
      "org.glassfish.jersey..", "io.dropwizard..", "com.fasterxml.jackson..", "org.jdbi..",
      "redis.clients..", "lombok..", "org.hibernate..");

  private static final Set<String> OPEN_CONTEXT_DIRECTIONS = Set.of("shared");

  private static final Pattern TEST_LOCATION = Pattern.compile(
      ".*(/target/test-classes/|/build/classes/[^/]+/test/|/out/test/|-tests\\.jar!/).*");

  /** Classes compiled from test sources or packed in a test-jar (see the class comment). */
  public static final DescribedPredicate<JavaClass> TEST_CODE = describe("test code",
      c -> c.getSource().map(s -> TEST_LOCATION.matcher(s.getUri().toString()).matches()).orElse(false));

  private final String root;
  private final boolean strict;
  private final List<String> requiredAdapters;
  private final boolean includeTestCode;
  private final Map<String, Set<String>> contextDirections;

  private CadenzaArchitectureRules(String root, boolean strict, List<String> requiredAdapters,
                                   boolean includeTestCode, Map<String, Set<String>> contextDirections) {
    this.root = root;
    this.strict = strict;
    this.requiredAdapters = List.copyOf(requiredAdapters);
    this.includeTestCode = includeTestCode;
    Map<String, Set<String>> copy = new TreeMap<>();
    contextDirections.forEach((from, to) -> copy.put(from, Set.copyOf(to)));
    this.contextDirections = Collections.unmodifiableMap(copy);
  }

  /** The lenient rules over production code, for an application whose root package is {@code root}. */
  public static CadenzaArchitectureRules forRoot(String root) {
    Objects.requireNonNull(root, "root");
    String trimmed = withoutTrailingDots(root);
    if (trimmed.isEmpty() || trimmed.contains("*") || trimmed.contains("(")) {
      throw new IllegalArgumentException("the root must be a plain package name, not '" + root + "'");
    }
    return new CadenzaArchitectureRules(trimmed, false, REQUIRED_ADAPTERS, false, CONTEXT_DIRECTIONS);
  }

  /**
   * The same rules, failing when a rule or layer matches nothing: {@code allowEmptyShould(false)}
   * everywhere, and an onion architecture without optional layers whose adapters must include
   * {@link #REQUIRED_ADAPTERS}.
   */
  public CadenzaArchitectureRules strict() {
    return new CadenzaArchitectureRules(root, true, requiredAdapters, includeTestCode, contextDirections);
  }

  /** The same rules, passing where the layer or rule they check has no class on the class path. */
  public CadenzaArchitectureRules lenient() {
    return new CadenzaArchitectureRules(root, false, requiredAdapters, includeTestCode, contextDirections);
  }

  /**
   * The adapters ({@code <root>.adapters.<role>}) that must have classes in the strict set; by
   * default Cadenza's own ({@link #REQUIRED_ADAPTERS}), so a host hexagon names its own here.
   */
  public CadenzaArchitectureRules requiringAdapters(String... roles) {
    return new CadenzaArchitectureRules(root, strict, Arrays.asList(roles), includeTestCode, contextDirections);
  }

  /**
   * Which contexts of {@code <root>.domain} each context may use, in place of Cadenza's own
   * ({@link #CONTEXT_DIRECTIONS}), for a host hexagon with contexts of its own. As there, a context
   * not listed may use {@code shared} only.
   */
  public CadenzaArchitectureRules withContextDirections(Map<String, Set<String>> directions) {
    return new CadenzaArchitectureRules(root, strict, requiredAdapters, includeTestCode,
        Objects.requireNonNull(directions, "directions"));
  }

  /** The same rules, applied to test classes as well. */
  public CadenzaArchitectureRules includingTestCode() {
    return new CadenzaArchitectureRules(root, strict, requiredAdapters, true, contextDirections);
  }

  public String root() {
    return root;
  }

  public boolean isStrict() {
    return strict;
  }

  /** Every rule of the set, in the order of the {@code @ArchTest} fields; not the embedder rule. */
  public List<ArchRule> all() {
    return List.of(
        onionArchitecture(),
        domainDependsOnlyOnTheJdk(),
        domainIsFreeOfFrameworks(),
        domainFollowsThePackageLayout(),
        adaptersUseTheDomainOnlyThroughPortsAndModels(),
        incomingPortsDoNotUseOutgoingPorts(),
        contextsAreFreeOfCycles(),
        contextsDependOnlyInAllowedDirections(),
        adaptersDoNotDependOnEachOther(),
        incomingPortInterfacesAreUseCases(),
        servicesAreNamedAfterTheirUseCaseFinalAndPublic());
  }

  // ---------------------------------------------------------------------------------------------
  // (a) the onion

  /**
   * Domain models inside, ports ({@code ..domain..port..}) around them, services
   * ({@code ..domain..service..}) around those, and one adapter per {@code <root>.adapters.<role>}
   * package outside: {@link #KNOWN_ADAPTERS} (lenient) or {@link #REQUIRED_ADAPTERS} (strict), plus
   * every other role found in the analysed classes. Dependencies from the composition root
   * ({@code <root>.bootstrap..}), the test kit ({@code <root>.testing..}), code outside the root and
   * (by default) test code are ignored.
   */
  public ArchRule onionArchitecture() {
    return new DeferredRule(
        "onion architecture of " + root + ": domain models, ports (domain services), services "
            + "(application services) and one adapter per " + root + ".adapters.<role>",
        this::onionFor);
  }

  private ArchRule onionFor(JavaClasses classes) {
    Set<String> adapters = new TreeSet<>(strict ? requiredAdapters : KNOWN_ADAPTERS);
    adapters.addAll(adapterRolesIn(classes));
    OnionArchitecture onion = Architectures.onionArchitecture()
        .domainModels(analysedIn(root + ".domain..model.."))
        .domainServices(analysedIn(root + ".domain..port.."))
        .applicationServices(analysedIn(root + ".domain..service.."))
        .withOptionalLayers(!strict);
    for (String role : adapters) {
      onion = onion.adapter(role, analysedIn(root + ".adapters." + role + ".."));
    }
    onion = onion
        .ignoreDependency(resideInAPackage(root + ".bootstrap.."), alwaysTrue())
        .ignoreDependency(resideInAPackage(root + ".testing.."), alwaysTrue())
        .ignoreDependency(resideOutsideOfPackage(root + ".."), alwaysTrue());
    if (!includeTestCode) {
      onion = onion.ignoreDependency(TEST_CODE, alwaysTrue());
    }
    return onion.allowEmptyShould(!strict);
  }

  private Set<String> adapterRolesIn(JavaClasses classes) {
    String prefix = root + ".adapters.";
    Set<String> roles = new TreeSet<>();
    for (JavaClass c : classes) {
      String pkg = c.getPackageName();
      if (pkg.startsWith(prefix) && analysed().test(c)) {
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        roles.add(dot < 0 ? rest : rest.substring(0, dot));
      }
    }
    return roles;
  }

  // ---------------------------------------------------------------------------------------------
  // (b) and (g): a JDK-only domain

  /** The domain uses the JDK ({@code java..}) and itself, nothing else. */
  public ArchRule domainDependsOnlyOnTheJdk() {
    return finish(classes().that(analysedIn(root + ".domain.."))
        .should().onlyDependOnClassesThat(resideInAnyPackage("java..", root + ".domain.."))
        .because("the domain is a plain Java library with no runtime dependency"));
  }

  /** No JAX-RS, Jersey, Jackson, JDBI, Jedis, Dropwizard or {@code jakarta..} types or annotations in the domain. */
  public ArchRule domainIsFreeOfFrameworks() {
    return finish(noClasses().that(analysedIn(root + ".domain.."))
        .should().dependOnClassesThat(resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new)))
        .because("frameworks belong to the adapters; the domain carries no framework annotations"));
  }

  /**
   * Every domain class lives in {@code <root>.domain.<context>.model}, {@code .port.in},
   * {@code .port.out} or {@code .service} (or below), so no class slips between the layers that the
   * other rules check.
   */
  public ArchRule domainFollowsThePackageLayout() {
    String ctx = root + ".domain.*.";
    return finish(classes().that(analysedIn(root + ".domain.."))
        .should().resideInAnyPackage(ctx + "model..", ctx + "port.in..", ctx + "port.out..", ctx + "service..")
        .because("the other rules recognise domain layers by these package names"));
  }

  // ---------------------------------------------------------------------------------------------
  // (c) adapters through ports

  /** Adapters use the domain's ports and models, never its services (or anything else in it). */
  public ArchRule adaptersUseTheDomainOnlyThroughPortsAndModels() {
    DescribedPredicate<JavaClass> portsModelsOrOutsideDomain = resideOutsideOfPackage(root + ".domain..")
        .or(resideInAnyPackage(root + ".domain..port..", root + ".domain..model.."))
        .as("are ports or models of the domain, or outside " + root + ".domain");
    return finish(classes().that(analysedIn(root + ".adapters.."))
        .should().onlyDependOnClassesThat(portsModelsOrOutsideDomain)
        .because("adapters are handed use cases and implement ports; only the composition root knows services"));
  }

  // ---------------------------------------------------------------------------------------------
  // (d) incoming ports do not use outgoing ports

  /** Incoming ports (use cases, commands, queries) never mention an outgoing port. */
  public ArchRule incomingPortsDoNotUseOutgoingPorts() {
    return finish(noClasses().that(analysedIn(root + ".domain..port.in.."))
        .should().dependOnClassesThat().resideInAPackage(root + ".domain..port.out..")
        .because("callers of a use case must not learn how it stores or reaches anything"));
  }

  // ---------------------------------------------------------------------------------------------
  // (e) contexts

  /** The contexts ({@code <root>.domain.<context>}) form no dependency cycle. */
  public ArchRule contextsAreFreeOfCycles() {
    var rule = slices().matching(root + ".domain.(*)..").namingSlices("context $1")
        .should().beFreeOfCycles();
    if (!includeTestCode) {
      rule = rule.ignoreDependency(TEST_CODE, alwaysTrue());
    }
    return rule.allowEmptyShould(!strict);
  }

  /**
   * Contexts use each other only in the directions of {@link #CONTEXT_DIRECTIONS} (or those given to
   * {@link #withContextDirections}): {@code shared} uses no context, {@code music} and {@code users}
   * only {@code shared}, {@code playlists} and {@code ratings} also {@code music} and {@code users}.
   */
  public ArchRule contextsDependOnlyInAllowedDirections() {
    return finish(classes().that(analysedIn(root + ".domain..")).should(useOnlyAllowedContexts()));
  }

  private ArchCondition<JavaClass> useOnlyAllowedContexts() {
    String prefix = root + ".domain.";
    return new ArchCondition<>("use other contexts only in the allowed directions " + render(contextDirections)) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String from = contextOf(prefix, item.getPackageName());
        if (from == null) {
          return;
        }
        Set<String> allowed = contextDirections.getOrDefault(from, OPEN_CONTEXT_DIRECTIONS);
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          String to = contextOf(prefix, d.getTargetClass().getBaseComponentType().getPackageName());
          if (to != null && !to.equals(from) && !allowed.contains(to)) {
            events.add(SimpleConditionEvent.violated(d, "context '" + from + "' may not use context '" + to
                + "' (it may use " + new TreeSet<>(allowed) + "): " + d.getDescription()));
          }
        }
      }
    };
  }

  private static String contextOf(String domainPrefix, String pkg) {
    if (!pkg.startsWith(domainPrefix)) {
      return null;
    }
    String rest = pkg.substring(domainPrefix.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  // ---------------------------------------------------------------------------------------------
  // (f) adapters are independent

  /** No adapter ({@code <root>.adapters.<role>}) uses another; only the composition root sees them all. */
  public ArchRule adaptersDoNotDependOnEachOther() {
    var rule = slices().matching(root + ".adapters.(*)..").namingSlices("adapter $1")
        .should().notDependOnEachOther();
    if (!includeTestCode) {
      rule = rule.ignoreDependency(TEST_CODE, alwaysTrue());
    }
    return rule.allowEmptyShould(!strict);
  }

  // ---------------------------------------------------------------------------------------------
  // (g) naming

  /** Every interface among the incoming ports is a {@code <Verb><Noun>UseCase}. */
  public ArchRule incomingPortInterfacesAreUseCases() {
    return finish(classes().that(analysedIn(root + ".domain..port.in..")).and().areInterfaces()
        .should().haveSimpleNameEndingWith("UseCase"));
  }

  /**
   * A service implementing a use case {@code <X>UseCase} is called {@code <X>Service}, is public and
   * final, and has a public constructor (the composition root builds it by hand).
   */
  public ArchRule servicesAreNamedAfterTheirUseCaseFinalAndPublic() {
    DescribedPredicate<JavaClass> implementUseCase = describe("implement an incoming port",
        c -> !incomingPortsOf(c).isEmpty());
    return finish(classes().that(analysedIn(root + ".domain..service..")).and(implementUseCase)
        .and().areNotAnonymousClasses().and().areNotLocalClasses()
        .should(beNamedAfterTheirUseCase())
        .andShould().bePublic()
        .andShould().haveModifier(JavaModifier.FINAL)
        .andShould(haveAPublicConstructor()));
  }

  private List<JavaClass> incomingPortsOf(JavaClass c) {
    List<JavaClass> ports = new ArrayList<>();
    for (JavaClass i : c.getAllRawInterfaces()) {
      if (resideInAPackage(root + ".domain..port.in..").test(i)) {
        ports.add(i);
      }
    }
    return ports;
  }

  private ArchCondition<JavaClass> beNamedAfterTheirUseCase() {
    return new ArchCondition<>("be named <X>Service after the <X>UseCase they implement") {
      @Override
      public void check(JavaClass service, ConditionEvents events) {
        List<String> expected = incomingPortsOf(service).stream()
            .map(port -> withoutSuffix(port.getSimpleName(), "UseCase") + "Service")
            .sorted()
            .toList();
        boolean named = expected.contains(service.getSimpleName());
        events.add(new SimpleConditionEvent(service, named, "Class <" + service.getName() + "> is "
            + (named ? "" : "not ") + "named " + String.join(" or ", expected) + " in "
            + service.getSourceCodeLocation()));
      }
    };
  }

  private static ArchCondition<JavaClass> haveAPublicConstructor() {
    return new ArchCondition<>("have a public constructor") {
      @Override
      public void check(JavaClass service, ConditionEvents events) {
        boolean found = service.getConstructors().stream()
            .anyMatch(ctor -> ctor.getModifiers().contains(JavaModifier.PUBLIC));
        events.add(new SimpleConditionEvent(service, found, "Class <" + service.getName() + "> has "
            + (found ? "a" : "no") + " public constructor in " + service.getSourceCodeLocation()));
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // (h) embedders

  /**
   * For an application that embeds the domain: its classes under {@code hostRoot}, except those of
   * its composition root {@code hostWiringPackage} (and below), use Cadenza only through the
   * domain's incoming ports ({@code ..domain..port.in..}) and models ({@code ..domain..model..}):
   * never services, outgoing ports, adapters or the test kit. Building services and picking the
   * implementations of outgoing ports is the wiring's job.
   */
  public ArchRule embedderUsesOnlyPorts(String hostRoot, String hostWiringPackage) {
    String host = withoutTrailingDots(Objects.requireNonNull(hostRoot, "hostRoot"));
    String wiring = withoutTrailingDots(Objects.requireNonNull(hostWiringPackage, "hostWiringPackage"));
    if (!(wiring.equals(host) || wiring.startsWith(host + "."))) {
      throw new IllegalArgumentException("the wiring package " + wiring + " is not inside " + host);
    }
    DescribedPredicate<JavaClass> cadenzaBeyondPorts = resideInAPackage(root + "..")
        .and(not(resideInAnyPackage(root + ".domain..port.in..", root + ".domain..model..")))
        .as("belong to " + root + " but are not an incoming port or a model of its domain");
    return finish(noClasses().that(analysedIn(host + "..")).and().resideOutsideOfPackage(wiring + "..")
        .should().dependOnClassesThat(cadenzaBeyondPorts)
        .because("only the host's wiring (" + wiring + ") may build Cadenza's services and adapters"));
  }

  // ---------------------------------------------------------------------------------------------

  private DescribedPredicate<JavaClass> analysed() {
    return includeTestCode ? alwaysTrue() : describe("production code", c -> !TEST_CODE.test(c));
  }

  private DescribedPredicate<JavaClass> analysedIn(String packageIdentifier) {
    DescribedPredicate<JavaClass> inPackage = resideInAPackage(packageIdentifier);
    return includeTestCode ? inPackage : inPackage.and(analysed()).as(inPackage.getDescription() + " (production code)");
  }

  private ArchRule finish(ArchRule rule) {
    return rule.allowEmptyShould(!strict);
  }

  private static String withoutTrailingDots(String pkg) {
    String p = pkg.strip();
    while (p.endsWith(".")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String withoutSuffix(String name, String suffix) {
    return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }

  private static String render(Map<String, Set<String>> directions) {
    List<String> parts = new ArrayList<>();
    directions.forEach((context, uses) -> parts.add(context + " -> " + new TreeSet<>(uses)));
    return String.join(", ", parts);
  }

  private static Map<String, Set<String>> contextDirections() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put("shared", Set.of());
    m.put("music", Set.of("shared"));
    m.put("users", Set.of("shared"));
    m.put("playlists", Set.of("shared", "music", "users"));
    m.put("ratings", Set.of("shared", "music", "users"));
    return Collections.unmodifiableMap(m);
  }

  /**
   * A rule whose definition depends on the classes it checks (the onion discovers its adapters
   * there). Evaluation builds the rule and hands the classes on.
   */
  private static final class DeferredRule implements ArchRule {

    private final String description;
    private final Function<JavaClasses, ArchRule> definition;

    DeferredRule(String description, Function<JavaClasses, ArchRule> definition) {
      this.description = description;
      this.definition = definition;
    }

    @Override
    public void check(JavaClasses classes) {
      Assertions.assertNoViolation(evaluate(classes));
    }

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
      return definition.apply(classes).evaluate(classes);
    }

    @Override
    public ArchRule because(String reason) {
      return new DeferredRule(description + ", because " + reason, classes -> definition.apply(classes).because(reason));
    }

    @Override
    public ArchRule allowEmptyShould(boolean allowEmptyShould) {
      return new DeferredRule(description, classes -> definition.apply(classes).allowEmptyShould(allowEmptyShould));
    }

    @Override
    public ArchRule as(String newDescription) {
      return new DeferredRule(newDescription, classes -> definition.apply(classes).as(newDescription));
    }

    @Override
    public String getDescription() {
      return description;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The rules for dev.cadenza, as @ArchTest fields.

  private static final CadenzaArchitectureRules LENIENT = forRoot(ROOT);

  @ArchTest
  public static final ArchRule onion_architecture = LENIENT.onionArchitecture();
  @ArchTest
  public static final ArchRule domain_depends_only_on_the_jdk = LENIENT.domainDependsOnlyOnTheJdk();
  @ArchTest
  public static final ArchRule domain_is_free_of_frameworks = LENIENT.domainIsFreeOfFrameworks();
  @ArchTest
  public static final ArchRule domain_follows_the_package_layout = LENIENT.domainFollowsThePackageLayout();
  @ArchTest
  public static final ArchRule adapters_use_the_domain_only_through_ports_and_models =
      LENIENT.adaptersUseTheDomainOnlyThroughPortsAndModels();
  @ArchTest
  public static final ArchRule incoming_ports_do_not_use_outgoing_ports = LENIENT.incomingPortsDoNotUseOutgoingPorts();
  @ArchTest
  public static final ArchRule contexts_are_free_of_cycles = LENIENT.contextsAreFreeOfCycles();
  @ArchTest
  public static final ArchRule contexts_depend_only_in_allowed_directions =
      LENIENT.contextsDependOnlyInAllowedDirections();
  @ArchTest
  public static final ArchRule adapters_do_not_depend_on_each_other = LENIENT.adaptersDoNotDependOnEachOther();
  @ArchTest
  public static final ArchRule incoming_port_interfaces_are_use_cases = LENIENT.incomingPortInterfacesAreUseCases();
  @ArchTest
  public static final ArchRule services_are_named_after_their_use_case_final_and_public =
      LENIENT.servicesAreNamedAfterTheirUseCaseFinalAndPublic();

  /**
   * The strict set for {@code dev.cadenza}, for the module that sees every class
   * ({@code ArchTests.in(CadenzaArchitectureRules.Strict.class)}): the same rules, failing when a
   * rule or a layer (including each of {@link #REQUIRED_ADAPTERS}) matches nothing.
   */
  public static final class Strict {

    private static final CadenzaArchitectureRules STRICT = forRoot(ROOT).strict();

    @ArchTest
    public static final ArchRule onion_architecture = STRICT.onionArchitecture();
    @ArchTest
    public static final ArchRule domain_depends_only_on_the_jdk = STRICT.domainDependsOnlyOnTheJdk();
    @ArchTest
    public static final ArchRule domain_is_free_of_frameworks = STRICT.domainIsFreeOfFrameworks();
    @ArchTest
    public static final ArchRule domain_follows_the_package_layout = STRICT.domainFollowsThePackageLayout();
    @ArchTest
    public static final ArchRule adapters_use_the_domain_only_through_ports_and_models =
        STRICT.adaptersUseTheDomainOnlyThroughPortsAndModels();
    @ArchTest
    public static final ArchRule incoming_ports_do_not_use_outgoing_ports = STRICT.incomingPortsDoNotUseOutgoingPorts();
    @ArchTest
    public static final ArchRule contexts_are_free_of_cycles = STRICT.contextsAreFreeOfCycles();
    @ArchTest
    public static final ArchRule contexts_depend_only_in_allowed_directions =
        STRICT.contextsDependOnlyInAllowedDirections();
    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_each_other = STRICT.adaptersDoNotDependOnEachOther();
    @ArchTest
    public static final ArchRule incoming_port_interfaces_are_use_cases = STRICT.incomingPortInterfacesAreUseCases();
    @ArchTest
    public static final ArchRule services_are_named_after_their_use_case_final_and_public =
        STRICT.servicesAreNamedAfterTheirUseCaseFinalAndPublic();

    private Strict() {
    }
  }
}
