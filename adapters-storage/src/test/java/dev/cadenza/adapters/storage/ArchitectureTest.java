package dev.cadenza.adapters.storage;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.cadenza.testing.architecture.CadenzaArchitectureRules;

/**
 * Cadenza's architecture rules over what this module sees: the domain and this adapter. Lenient,
 * because the other adapters are not on this class path; the bootstrap module runs the strict set.
 * Test classes (this module's and the domain test-jar's) are left out by the rules themselves.
 */
@AnalyzeClasses(packages = "dev.cadenza")
class ArchitectureTest {

  @ArchTest
  static final ArchTests cadenza = ArchTests.in(CadenzaArchitectureRules.class);
}
