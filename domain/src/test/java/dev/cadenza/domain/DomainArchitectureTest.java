package dev.cadenza.domain;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.cadenza.testing.architecture.CadenzaArchitectureRules;

/**
 * Cadenza's architecture rules over what this module sees: the domain (and the test kit, which the
 * rules leave out as test code). Lenient, since no adapter is on this class path.
 */
@AnalyzeClasses(packages = "dev.cadenza")
class DomainArchitectureTest {

  @ArchTest
  static final ArchTests rules = ArchTests.in(CadenzaArchitectureRules.class);
}
