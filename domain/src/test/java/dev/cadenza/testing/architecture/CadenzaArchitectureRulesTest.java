package dev.cadenza.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule can fail: each runs over a fixture package ({@code archfixtures.<case>}, outside
 * {@code dev.cadenza} so the real runs never see it) that breaks it on purpose, and the failure must
 * name the offending class. A clean fixture passes every rule, also strictly.
 */
class CadenzaArchitectureRulesTest {

  private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

  /** The classes of one fixture case. */
  private static JavaClasses fixture(String fixtureCase) {
    return imported("archfixtures." + fixtureCase);
  }

  /** The classes of a package, imported once for all tests. */
  private static JavaClasses imported(String packageName) {
    return IMPORTED.computeIfAbsent(packageName, p -> new ClassFileImporter().importPackages(p));
  }

  /** The rules for a fixture's root; fixtures are compiled test code, so test code is included. */
  private static CadenzaArchitectureRules rulesFor(String fixtureCase) {
    return CadenzaArchitectureRules.forRoot("archfixtures." + fixtureCase).includingTestCode();
  }

  /** The failure message of a rule that must fail (a violation, or a strict rule that checked nothing). */
  private static String failureOf(ArchRule rule, JavaClasses classes) {
    Throwable failure = catchThrowable(() -> rule.check(classes));
    assertThat(failure).as("%s should fail", rule.getDescription()).isInstanceOf(AssertionError.class);
    return failure.getMessage();
  }

  private static void passes(ArchRule rule, JavaClasses classes) {
    assertThatCode(() -> rule.check(classes)).as(rule.getDescription()).doesNotThrowAnyException();
  }

  @Nested
  class TheCleanFixture {

    @Test
    void passesEveryLenientRule() {
      rulesFor("clean").all().forEach(rule -> passes(rule, fixture("clean")));
    }

    @Test
    void passesEveryStrictRuleWithAllThreeAdaptersRequired() {
      rulesFor("clean").strict().requiringAdapters("rest", "persistence", "cache").all()
          .forEach(rule -> passes(rule, fixture("clean")));
    }

    @Test
    void isAFixtureWithEveryLayer() {
      assertThat(fixture("clean").stream().map(c -> c.getPackageName().substring("archfixtures.clean.".length())))
          .contains("domain.shared.model", "domain.shared.port.out", "domain.music.model", "domain.music.port.in",
              "domain.music.port.out", "domain.music.service", "domain.users.model", "domain.playlists.model",
              "adapters.rest", "adapters.persistence", "adapters.cache", "bootstrap", "testing");
    }
  }

  @Nested
  class TheDomainStaysFreeOfFrameworks {

    @Test
    void aDomainClassImportingJaxRsBreaksTheFrameworkRule() {
      String failure = failureOf(rulesFor("jaxrs").domainIsFreeOfFrameworks(), fixture("jaxrs"));

      assertThat(failure)
          .contains("archfixtures.jaxrs.domain.music.model.SongEndpoint")
          .contains("jakarta.ws.rs.core.Response")
          .contains("jakarta.ws.rs.Path");
    }

    @Test
    void anAnnotationAloneIsEnough() {
      String failure = failureOf(rulesFor("jaxrs").domainIsFreeOfFrameworks(), fixture("jaxrs"));

      assertThat(failure).contains("archfixtures.jaxrs.domain.music.model.SongTitle").contains("jakarta.ws.rs.Consumes");
    }

    @Test
    void theSameClassBreaksTheJdkOnlyRule() {
      String failure = failureOf(rulesFor("jaxrs").domainDependsOnlyOnTheJdk(), fixture("jaxrs"));

      assertThat(failure)
          .contains("archfixtures.jaxrs.domain.music.model.SongEndpoint")
          .contains("archfixtures.jaxrs.domain.music.model.SongTitle");
    }
  }

  @Nested
  class AdaptersGoThroughPorts {

    @Test
    void anAdapterCallingAServiceIsReported() {
      String failure = failureOf(rulesFor("adaptercallsservice").adaptersUseTheDomainOnlyThroughPortsAndModels(),
          fixture("adaptercallsservice"));

      assertThat(failure)
          .contains("archfixtures.adaptercallsservice.adapters.rest.SongResource")
          .contains("archfixtures.adaptercallsservice.domain.music.service.CreateSongService");
    }

    @Test
    void theOnionAloneWouldLetItPassWhichIsWhyTheRuleExists() {
      passes(rulesFor("adaptercallsservice").onionArchitecture(), fixture("adaptercallsservice"));
    }
  }

  @Nested
  class TheOnion {

    @Test
    void aModelUsingTheServiceLayerBreaksIt() {
      String failure = failureOf(rulesFor("modelusesservice").onionArchitecture(), fixture("modelusesservice"));

      assertThat(failure)
          .contains("archfixtures.modelusesservice.domain.music.model.Song")
          .contains("archfixtures.modelusesservice.domain.music.service.Titles");
    }

    @Test
    void anAdapterUsingAnotherAdapterBreaksIt() {
      String failure = failureOf(rulesFor("tangledadapters").onionArchitecture(), fixture("tangledadapters"));

      assertThat(failure).contains("archfixtures.tangledadapters.adapters.rest.SongResource");
    }

    @Test
    void aDomainClassOutsideTheLayoutBreaksTheLayoutRule() {
      String failure = failureOf(rulesFor("straypackage").domainFollowsThePackageLayout(), fixture("straypackage"));

      assertThat(failure).contains("archfixtures.straypackage.domain.music.util.Strings")
          .doesNotContain("domain.music.model.Song");
    }
  }

  @Nested
  class Ports {

    @Test
    void anIncomingPortUsingAnOutgoingPortIsReported() {
      String failure = failureOf(rulesFor("portinusesportout").incomingPortsDoNotUseOutgoingPorts(),
          fixture("portinusesportout"));

      assertThat(failure)
          .contains("archfixtures.portinusesportout.domain.music.port.in.ImportSongsUseCase")
          .contains("archfixtures.portinusesportout.domain.music.port.out.SongRepository");
    }
  }

  @Nested
  class Contexts {

    @Test
    void aCycleBetweenTwoContextsIsReported() {
      String failure = failureOf(rulesFor("contextcycle").contextsAreFreeOfCycles(), fixture("contextcycle"));

      assertThat(failure)
          .contains("context music")
          .contains("context users")
          .contains("archfixtures.contextcycle.domain.music.model.Song")
          .contains("archfixtures.contextcycle.domain.users.model.Fan");
    }

    @Test
    void musicUsingPlaylistsIsADisallowedDirection() {
      String failure = failureOf(rulesFor("contextdirection").contextsDependOnlyInAllowedDirections(),
          fixture("contextdirection"));

      assertThat(failure)
          .contains("context 'music' may not use context 'playlists'")
          .contains("archfixtures.contextdirection.domain.music.model.Song")
          .contains("archfixtures.contextdirection.domain.playlists.model.Playlist");
    }

    @Test
    void theSharedKernelUsesNoContext() {
      String failure = failureOf(rulesFor("contextdirection").contextsDependOnlyInAllowedDirections(),
          fixture("contextdirection"));

      assertThat(failure)
          .contains("context 'shared' may not use context 'music'")
          .contains("archfixtures.contextdirection.domain.shared.model.Greeting");
    }

    @Test
    void aDisallowedDirectionWithoutACycleStillPassesTheCycleRule() {
      passes(rulesFor("contextdirection").contextsAreFreeOfCycles(), fixture("contextdirection"));
    }

    @Test
    void aHostHexagonNamesItsOwnDirections() {
      passes(rulesFor("contextdirection").withContextDirections(Map.of("music", java.util.Set.of("playlists"),
          "shared", java.util.Set.of("music"))).contextsDependOnlyInAllowedDirections(), fixture("contextdirection"));

      String failure = failureOf(rulesFor("contextdirection").withContextDirections(
          Map.of("music", java.util.Set.of("playlists"))).contextsDependOnlyInAllowedDirections(),
          fixture("contextdirection"));
      assertThat(failure)
          .contains("context 'shared' may not use context 'music'")
          .doesNotContain("context 'music' may not use");
    }

    @Test
    void theCycleAlsoBreaksTheDirections() {
      String failure = failureOf(rulesFor("contextcycle").contextsDependOnlyInAllowedDirections(),
          fixture("contextcycle"));

      assertThat(failure)
          .contains("context 'music' may not use context 'users'")
          .contains("context 'users' may not use context 'music'");
    }

    @Test
    void theDirectionsAreTheDocumentedOnes() {
      assertThat(CadenzaArchitectureRules.CONTEXT_DIRECTIONS).containsOnly(
          Map.entry("shared", java.util.Set.of()),
          Map.entry("music", java.util.Set.of("shared")),
          Map.entry("users", java.util.Set.of("shared")),
          Map.entry("playlists", java.util.Set.of("shared", "music", "users")),
          Map.entry("ratings", java.util.Set.of("shared", "music", "users")));
    }
  }

  @Nested
  class Adapters {

    @Test
    void anAdapterDependingOnAnotherIsReported() {
      String failure = failureOf(rulesFor("tangledadapters").adaptersDoNotDependOnEachOther(),
          fixture("tangledadapters"));

      assertThat(failure)
          .contains("adapter rest")
          .contains("adapter persistence")
          .contains("archfixtures.tangledadapters.adapters.rest.SongResource")
          .contains("archfixtures.tangledadapters.adapters.persistence.JdbcSongRepository");
    }
  }

  @Nested
  class Naming {

    @Test
    void anIncomingPortInterfaceNotNamedUseCaseIsReported() {
      String failure = failureOf(rulesFor("badnames").incomingPortInterfacesAreUseCases(), fixture("badnames"));

      assertThat(failure)
          .contains("archfixtures.badnames.domain.music.port.in.SongCreator")
          .doesNotContain("CreateSongUseCase>");
    }

    @Test
    void aServiceNotNamedAfterItsUseCaseIsReported() {
      String failure = failureOf(rulesFor("badnames").servicesAreNamedAfterTheirUseCaseFinalAndPublic(),
          fixture("badnames"));

      assertThat(failure).contains("Class <archfixtures.badnames.domain.music.service.SongMaker> is not named CreateSongService");
    }

    @Test
    void aServiceThatIsNotFinalIsReported() {
      String failure = failureOf(rulesFor("badnames").servicesAreNamedAfterTheirUseCaseFinalAndPublic(),
          fixture("badnames"));

      assertThat(failure).contains("archfixtures.badnames.domain.music.service.DeleteSongService")
          .contains("FINAL");
    }

    @Test
    void aServiceWithoutAPublicConstructorIsReported() {
      String failure = failureOf(rulesFor("badnames").servicesAreNamedAfterTheirUseCaseFinalAndPublic(),
          fixture("badnames"));

      assertThat(failure).contains("Class <archfixtures.badnames.domain.music.service.GetSongService> has no public constructor");
    }

    @Test
    void aWellFormedServiceBesideThemIsNotReported() {
      String failure = failureOf(rulesFor("badnames").servicesAreNamedAfterTheirUseCaseFinalAndPublic(),
          fixture("badnames"));

      assertThat(failure).doesNotContain("ListSongsService");
    }
  }

  @Nested
  class Embedders {

    private final ArchRule rule = rulesFor("embedder.cadenza")
        .embedderUsesOnlyPorts("archfixtures.embedder.host", "archfixtures.embedder.host.wiring");

    @Test
    void aHostClassCallingAServiceDirectlyIsReported() {
      String failure = failureOf(rule, fixture("embedder"));

      assertThat(failure)
          .contains("archfixtures.embedder.host.Jukebox")
          .contains("archfixtures.embedder.cadenza.domain.music.service.AddSongService");
    }

    @Test
    void aHostClassImplementingAnOutgoingPortOutsideTheWiringIsReported() {
      String failure = failureOf(rule, fixture("embedder"));

      assertThat(failure).contains("archfixtures.embedder.host.MemorySongs")
          .contains("archfixtures.embedder.cadenza.domain.music.port.out.SongRepository");
    }

    @Test
    void portsAndModelsAndTheWiringAreFine() {
      String failure = failureOf(rule, fixture("embedder"));

      assertThat(failure).doesNotContain("host.Radio").doesNotContain("host.wiring.HostWiring");
    }

    @Test
    void theReadmeEmbeddingExampleUsesOnlyPorts() {
      JavaClasses example = imported("com.example.radio");
      CadenzaArchitectureRules cadenza = CadenzaArchitectureRules.forRoot("dev.cadenza").includingTestCode();

      passes(cadenza.embedderUsesOnlyPorts("com.example.radio", "com.example.radio.wiring"), example);
      passes(cadenza.strict().embedderUsesOnlyPorts("com.example.radio", "com.example.radio.wiring"), example);
    }

    @Test
    void theWiringPackageMustBeInsideTheHost() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> rulesFor("embedder.cadenza").embedderUsesOnlyPorts("com.host", "org.other.wiring"));
    }
  }

  @Nested
  class StrictAndLenient {

    @Test
    void aRenamedAdapterPassesLenientlyButFailsStrictly() {
      JavaClasses renamed = fixture("renamed");
      CadenzaArchitectureRules rules = rulesFor("renamed");

      rules.all().forEach(rule -> passes(rule, renamed));
      String failure = failureOf(rules.strict().onionArchitecture(), renamed);
      assertThat(failure).contains("rest").containsIgnoringCase("empty");
    }

    @Test
    void theStrictOnionChecksTheAdapterItFoundUnderItsNewName() {
      CadenzaArchitectureRules rules = rulesFor("renamed").strict().requiringAdapters("persistence");

      passes(rules.onionArchitecture(), fixture("renamed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"renamed", "clean"})
    void everyStrictRuleFailsWhenTheRootIsRenamed(String fixtureCase) {
      // The rules look for archfixtures.<case>x: as if the root package had been renamed under them.
      CadenzaArchitectureRules lenient = CadenzaArchitectureRules.forRoot("archfixtures." + fixtureCase + "x")
          .includingTestCode();
      JavaClasses classes = fixture(fixtureCase);

      lenient.all().forEach(rule -> passes(rule, classes));
      for (ArchRule rule : lenient.strict().all()) {
        assertThat(failureOf(rule, classes)).as(rule.getDescription()).containsIgnoringCase("empty");
      }
    }

    @Test
    void theStrictEmbedderRuleFailsOnAHostWithNoClasses() {
      ArchRule rule = rulesFor("embedder.cadenza").strict()
          .embedderUsesOnlyPorts("archfixtures.embedder.guest", "archfixtures.embedder.guest.wiring");

      assertThat(failureOf(rule, fixture("embedder"))).containsIgnoringCase("empty");
      passes(rulesFor("embedder.cadenza")
          .embedderUsesOnlyPorts("archfixtures.embedder.guest", "archfixtures.embedder.guest.wiring"),
          fixture("embedder"));
    }

    @Test
    void theRootMustBeAPlainPackageName() {
      assertThatIllegalArgumentException().isThrownBy(() -> CadenzaArchitectureRules.forRoot("dev.(*).."));
      assertThat(CadenzaArchitectureRules.forRoot("dev.cadenza..").root()).isEqualTo("dev.cadenza");
    }
  }

  @Nested
  class TestCode {

    private final JavaClasses domainWithTests = imported("dev.cadenza.domain");

    @Test
    void theDomainsOwnTestsUseLibrariesAndAreLeftOutByDefault() {
      passes(CadenzaArchitectureRules.forRoot("dev.cadenza").domainDependsOnlyOnTheJdk(), domainWithTests);

      String failure = failureOf(CadenzaArchitectureRules.forRoot("dev.cadenza").includingTestCode()
          .domainDependsOnlyOnTheJdk(), domainWithTests);
      assertThat(failure).contains("dev.cadenza.domain.DomainArchitectureTest").contains("com.tngtech.archunit");
    }

    @Test
    void testCodeIsRecognisedByWhereItWasCompiledOrPacked() {
      JavaClasses own = new ClassFileImporter().importClasses(CadenzaArchitectureRulesTest.class, String.class);

      assertThat(CadenzaArchitectureRules.TEST_CODE.test(own.get(CadenzaArchitectureRulesTest.class))).isTrue();
      assertThat(CadenzaArchitectureRules.TEST_CODE.test(own.get(String.class))).isFalse();
    }
  }

  @Nested
  class TheArchTestFields {

    @Test
    void theLenientAndTheStrictSetHoldTheSameRules() {
      assertThat(archTestFieldNames(CadenzaArchitectureRules.Strict.class))
          .containsExactlyElementsOf(archTestFieldNames(CadenzaArchitectureRules.class))
          .hasSize(CadenzaArchitectureRules.forRoot("x").all().size());
    }

    @Test
    void bothSetsLoadAsArchTests() {
      assertThat(ArchTests.in(CadenzaArchitectureRules.class).getDefinitionLocation())
          .isEqualTo(CadenzaArchitectureRules.class);
      assertThat(ArchTests.in(CadenzaArchitectureRules.Strict.class).getDefinitionLocation())
          .isEqualTo(CadenzaArchitectureRules.Strict.class);
    }

    private List<String> archTestFieldNames(Class<?> holder) {
      return Arrays.stream(holder.getDeclaredFields())
          .filter(f -> f.isAnnotationPresent(com.tngtech.archunit.junit.ArchTest.class))
          .filter(f -> Modifier.isStatic(f.getModifiers()) && ArchRule.class.isAssignableFrom(f.getType()))
          .map(Field::getName)
          .toList();
    }
  }
}
