package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused setting or argument is reported as one line naming it, not behind a stack trace. */
class CommandErrorsTest {

  @TempDir
  Path dir;

  /** Runs the application in-process, as the jar would, and returns what it wrote to stderr. */
  private String run(String... args) throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Throwable[] fatal = new Throwable[1];
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      new CadenzaApplication() {
        @Override
        protected void onFatalError(Throwable t) {
          fatal[0] = t;
        }
      }.run(args);
    } finally {
      System.setErr(err);
    }
    assertThat(fatal[0]).as("the command failed").isNotNull();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private Path config(TestDatabase db, String... extra) throws Exception {
    return CommandConfigs.write(dir, db, extra);
  }

  @Test
  void settingsOutOfRangeNameTheirVariableOnOneLine() throws Exception {
    TestDatabase db = TestDatabase.createEmpty();
    Path config = config(db, "exports:", "  pollInterval: 0 seconds", "  publicUrl: notaurl",
        "cache:", "  redisUrl: notaurl", "auditRetention: 1 hour", "mail:", "  smtpTimeout: 0 seconds");

    String err = run("check", config.toString());

    assertThat(err).contains("CADENZA_EXPORT_POLL_INTERVAL", "CADENZA_PUBLIC_URL", "CADENZA_REDIS_URL",
        "CADENZA_AUDIT_RETENTION", "CADENZA_SMTP_TIMEOUT").doesNotContain("\tat ");
  }

  @Test
  void aMissingConfigurationFileIsOneLine() throws Exception {
    String err = run("check", dir.resolve("absent.yml").toString());

    assertThat(err).startsWith("cadenza: ").contains("absent.yml").doesNotContain("\tat ");
  }

  @Test
  void seedCountsOutsideTheTasksRangeAreUsageErrorsAndLoadNothing() throws Exception {
    TestDatabase db = TestDatabase.createEmpty();
    Path config = config(db);

    String err = run("seed", "--songs", "20000000", "--no-progress", config.toString());

    assertThat(err).contains("--songs").contains("10000000").doesNotContain("\tat ");
    err = run("seed", "--songs", "-5", "--no-progress", config.toString());
    assertThat(err).contains("--songs").doesNotContain("\tat ");
  }
}
