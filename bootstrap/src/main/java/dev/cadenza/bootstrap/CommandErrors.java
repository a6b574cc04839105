package dev.cadenza.bootstrap;

import dev.cadenza.domain.shared.model.DomainException;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.core.cli.Cli;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * How the service's commands report a failure: a refusal of what the operator gave (a setting out of
 * range, a bad argument, a missing configuration file, a name already taken) as its message on one
 * line, which names the setting; anything else, a failure of the service itself, with its stack trace.
 */
final class CommandErrors {

  private CommandErrors() {
  }

  static void print(Cli cli, Throwable failure) {
    PrintWriter err = cli.getStdErr();
    Throwable refusal = refusal(failure);
    if (refusal != null) {
      err.println("cadenza: " + refusal.getMessage());
    } else {
      failure.printStackTrace(err);
    }
    err.flush();
  }

  /** The operator's mistake behind {@code failure}, if that is what it is. */
  static Throwable refusal(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof IllegalArgumentException || t instanceof DomainException || t instanceof FileNotFoundException
          || t instanceof NoSuchFileException || t instanceof ConfigurationException) {
        return t.getMessage() == null || t.getMessage().isBlank() ? null : t;
      }
    }
    return null;
  }
}
