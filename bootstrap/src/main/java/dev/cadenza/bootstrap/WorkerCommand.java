package dev.cadenza.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.EnvironmentCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar cadenza.jar worker [config.yml]}: the export workers alone, without HTTP, so they
 * can be scaled apart from the API (run API instances with {@code CADENZA_EXPORT_WORKERS=0} then).
 * Builds the same wiring as {@code server}, starts the managed objects (the workers among them) and
 * runs until the process is told to stop, when the job in hand finishes its attempt first.
 *
 * <p>With no HTTP port to probe, liveness is a file: {@value #HEARTBEAT} in the data directory has its
 * modification time set every {@link #HEARTBEAT_PERIOD} while the process runs, so a container
 * health check can test its age.
 */
final class WorkerCommand extends EnvironmentCommand<CadenzaConfiguration> {

  static final String HEARTBEAT = "worker.heartbeat";
  static final java.time.Duration HEARTBEAT_PERIOD = java.time.Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(WorkerCommand.class);

  WorkerCommand(Application<CadenzaConfiguration> application) {
    super(application, "worker", "Runs the background workers (playlist exports) without the HTTP server");
  }

  @Override
  protected void run(Bootstrap<CadenzaConfiguration> bootstrap, Namespace namespace, CadenzaConfiguration config)
      throws Exception {
    if (config.getExports().getWorkers() < 1) {
      config.getExports().setWorkers(1);
    }
    super.run(bootstrap, namespace, config);
  }

  @Override
  protected void run(Environment environment, Namespace namespace, CadenzaConfiguration config) throws Exception {
    List<LifeCycle> managed = new ArrayList<>(environment.lifecycle().getManagedObjects());
    List<LifeCycle> started = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping the workers");
      for (int i = started.size() - 1; i >= 0; i--) {
        try {
          started.get(i).stop();
        } catch (Exception e) {
          LOG.warn("could not stop {}", started.get(i), e);
        }
      }
      stopped.countDown();
    }, "worker-shutdown"));
    for (LifeCycle lifeCycle : managed) {
      lifeCycle.start();
      started.add(lifeCycle);
    }
    Path heartbeat = config.dataDirectory().resolve(HEARTBEAT);
    ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "worker-heartbeat");
      t.setDaemon(true);
      return t;
    });
    beat.scheduleAtFixedRate(() -> touch(heartbeat), 0, HEARTBEAT_PERIOD.toSeconds(), TimeUnit.SECONDS);
    LOG.info("worker running with {} export worker thread(s); stop it with SIGTERM", config.getExports().getWorkers());
    stopped.await();
    beat.shutdownNow();
  }

  private static void touch(Path file) {
    try {
      if (Files.exists(file)) {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
      } else {
        Files.writeString(file, "alive\n");
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot update the heartbeat file {}", file, e);
    }
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    CommandErrors.print(cli, e);
  }
}
