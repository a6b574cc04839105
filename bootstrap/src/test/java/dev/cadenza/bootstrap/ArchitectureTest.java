package dev.cadenza.bootstrap;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.cadenza.testing.architecture.CadenzaArchitectureRules;

/**
 * The strict set of Cadenza's architecture rules, run here because this module sees every class:
 * the same rules as every other module runs, but each also fails when it (or an onion layer, or one
 * of {@link CadenzaArchitectureRules#REQUIRED_ADAPTERS}) matches no class, so a renamed package
 * cannot make a rule pass by checking nothing. This module's own classes are the composition root,
 * which the rules allow to use everything.
 */
@AnalyzeClasses(packages = "dev.cadenza")
class ArchitectureTest {

  @ArchTest
  static final ArchTests cadenza = ArchTests.in(CadenzaArchitectureRules.Strict.class);
}
