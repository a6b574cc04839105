package dev.cadenza.bootstrap;

import java.util.Locale;
import java.util.Set;

/** The level names Logback knows; it takes any other name for DEBUG without a word. */
final class LogLevels {

  static final Set<String> KNOWN = Set.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");

  private LogLevels() {
  }

  static boolean isKnown(String level) {
    return level != null && KNOWN.contains(level.strip().toUpperCase(Locale.ROOT));
  }
}
