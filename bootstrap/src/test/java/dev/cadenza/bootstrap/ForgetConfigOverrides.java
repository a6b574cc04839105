package dev.cadenza.bootstrap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Removes every {@code dw.*} system property after a test class. Two Dropwizard app extensions in
 * one class override the same keys, and the second restores the first one's values when it stops,
 * which would configure later test classes' services. Register it before
 * {@code DropwizardExtensionsSupport}, so that its after-all runs after theirs.
 */
final class ForgetConfigOverrides implements AfterAllCallback {

  @Override
  public void afterAll(ExtensionContext context) {
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("dw.")).forEach(System::clearProperty);
  }
}
