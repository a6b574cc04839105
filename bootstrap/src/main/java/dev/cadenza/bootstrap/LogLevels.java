package dev.cadenza.bootstrap;

import ch.qos.logback.classic.Level;

/** The level names Logback knows; it takes any other name for DEBUG without a word. */
final class LogLevels {

  /** The names, as a refusal lists them. */
  static final String NAMES = "OFF, ERROR, WARN, INFO, DEBUG, TRACE, ALL";

  private LogLevels() {
  }

  static boolean isKnown(String level) {
    return level != null && Level.toLevel(level.strip(), null) != null;
  }
}
