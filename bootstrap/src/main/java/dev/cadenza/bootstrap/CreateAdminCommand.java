package dev.cadenza.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.cadenza.adapters.persistence.CadenzaJdbi;
import dev.cadenza.adapters.persistence.LiquibaseMigrator;
import dev.cadenza.domain.users.port.in.UserProfile;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.time.Clock;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code create-admin --username U [--full-name F] [config.yml]}: creates the first administrator
 * when there is none. The password is read from {@code CADENZA_ADMIN_PASSWORD} (never from the
 * command line, where other users of the machine could see it in the process list).
 */
final class CreateAdminCommand extends ConfiguredCommand<CadenzaConfiguration> {

  static final String PASSWORD_VARIABLE = "CADENZA_ADMIN_PASSWORD";

  CreateAdminCommand() {
    super("create-admin", "Create the first admin account (password from " + PASSWORD_VARIABLE + ")");
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("--username").required(true).help("the admin's username");
    subparser.addArgument("--full-name").setDefault("Administrator").help("the admin's full name");
  }

  @Override
  protected void run(Bootstrap<CadenzaConfiguration> bootstrap, Namespace namespace, CadenzaConfiguration config)
      throws Exception {
    String password = Optional.ofNullable(System.getenv(PASSWORD_VARIABLE))
        .or(() -> Optional.ofNullable(config.getAuth().getAdminPassword()))
        .filter(p -> !p.isBlank())
        .orElseThrow(() -> new IllegalArgumentException("set " + PASSWORD_VARIABLE + " to the admin's password"));
    java.nio.file.Files.createDirectories(config.dataDirectory());
    ManagedDataSource dataSource = EmbeddedDatabase.resolve(config).build(new MetricRegistry(), "create-admin");
    try {
      LiquibaseMigrator.migrate(dataSource);
      Jdbi jdbi = CadenzaJdbi.create(dataSource);
      Optional<UserProfile> created = Wiring.users(jdbi, config, Clock.systemUTC()).createAdmin()
          .createAdminIfNone(namespace.getString("username"), password, namespace.getString("full_name"));
      System.out.println(created.map(p -> "created admin " + p.user().username().value() + " (" + p.user().id() + ")")
          .orElse("an admin exists already: nothing created"));
    } finally {
      dataSource.stop();
      EmbeddedDatabase.stop();
    }
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    CommandErrors.print(cli, e);
  }
}
