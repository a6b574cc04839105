package dev.cadenza.bootstrap;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.migrations.MigrationsBundle;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * The Cadenza service: {@code java -jar cadenza.jar server [config.yml]}. Commands: {@code server},
 * {@code db migrate} (and the other Liquibase {@code db} commands), {@code seed}, {@code create-admin},
 * {@code worker} (background workers only), {@code check}.
 */
public class CadenzaApplication extends Application<CadenzaConfiguration> {

  /** The Liquibase changelog of the persistence adapter, on the classpath. */
  static final String CHANGELOG = "db/changelog/cadenza.xml";

  public static void main(String[] args) throws Exception {
    new CadenzaApplication().run(args);
  }

  @Override
  public String getName() {
    return "cadenza";
  }

  /**
   * Dropwizard's {@code server} and {@code check}, reporting a refused setting or argument as its
   * message alone ({@link CommandErrors}) rather than behind a stack trace.
   */
  @Override
  protected void addDefaultCommands(Bootstrap<CadenzaConfiguration> bootstrap) {
    bootstrap.addCommand(new ServerCommand<>(this) {
      @Override
      public void onError(Cli cli, Namespace namespace, Throwable e) {
        CommandErrors.print(cli, e);
      }
    });
    bootstrap.addCommand(new CheckCommand<>(this) {
      @Override
      public void onError(Cli cli, Namespace namespace, Throwable e) {
        CommandErrors.print(cli, e);
      }
    });
  }

  @Override
  public void initialize(Bootstrap<CadenzaConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        DefaultConfigurationFactory.substituting(new FileConfigurationSourceProvider()));
    bootstrap.setConfigurationFactoryFactory(DefaultConfigurationFactory::new);
    bootstrap.addBundle(new MigrationsBundle<>() {
      @Override
      public DataSourceFactory getDataSourceFactory(CadenzaConfiguration configuration) {
        return EmbeddedDatabase.resolve(configuration);
      }

      @Override
      public String getMigrationsFileName() {
        return CHANGELOG;
      }
    });
    bootstrap.addCommand(new SeedCommand());
    bootstrap.addCommand(new CreateAdminCommand());
    bootstrap.addCommand(new WorkerCommand(this));
    // Times on the wire are ISO-8601 strings (2026-12-02T05:40:00Z), never epoch numbers.
    bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Override
  public void run(CadenzaConfiguration config, Environment environment) {
    environment.admin().addFilter("task-answers", new TaskAnswers())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tasks/*");
    environment.admin().addFilter("admin-task-guard", AdminTaskGuard.of(config.getAdminTaskToken()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, AdminTaskGuard.PATH_PATTERNS);
    environment.admin().addFilter("task-parameters", new TaskParameters(Map.of(
            "seed", TaskParameters.only(Set.of("songs", "albums"), SeedTask::check),
            "seed-ratings", TaskParameters.only(Set.of("ratings", "albumRatings", "likes"), SeedRatingsTask::check),
            "log-level", TaskParameters.only(Set.of("level", "duration"), Set.of("logger"),
                TaskParameters::checkLogLevel),
            "gc", TaskParameters.only(Set.of("runs"), TaskParameters::checkGc))))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tasks/*");
    if (config.usesEmbeddedDatabase()) {
      environment.lifecycle().manage(new Managed() {
        @Override
        public void stop() {
          EmbeddedDatabase.stop();
        }
      });
    }
    Wiring wiring = Wiring.create(config, environment);
    wiring.installRest(environment);
  }
}
