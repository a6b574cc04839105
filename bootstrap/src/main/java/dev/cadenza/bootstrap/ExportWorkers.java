package dev.cadenza.bootstrap;

import dev.cadenza.domain.playlists.port.in.RunExportJobsUseCase;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that run export jobs: each takes due jobs one after the other and sleeps for
 * the poll interval when none is due (or when the database cannot be reached). Stopping lets the job
 * in hand finish its attempt, waiting up to {@link #STOP_GRACE}; a job cut off harder than that is
 * taken over by another worker once its lease runs out.
 */
final class ExportWorkers implements Managed {

  static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private static final Logger LOG = LoggerFactory.getLogger(ExportWorkers.class);

  private final RunExportJobsUseCase jobs;
  private final int threads;
  private final Duration pollInterval;
  private final AtomicInteger names = new AtomicInteger();
  private volatile boolean running;
  private ExecutorService pool;

  ExportWorkers(RunExportJobsUseCase jobs, int threads, Duration pollInterval) {
    this.jobs = jobs;
    this.threads = threads;
    this.pollInterval = pollInterval;
  }

  @Override
  public synchronized void start() {
    if (threads == 0 || running) {
      return;
    }
    running = true;
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "export-worker-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    for (int i = 0; i < threads; i++) {
      pool.execute(this::loop);
    }
    LOG.info("started {} export worker(s)", threads);
  }

  private void loop() {
    while (running) {
      boolean worked;
      try {
        worked = jobs.runNext();
      } catch (RuntimeException e) {
        LOG.warn("export worker could not take a job; trying again in {}", pollInterval, e);
        worked = false;
      }
      if (!worked && !pause()) {
        return;
      }
    }
  }

  private boolean pause() {
    try {
      Thread.sleep(pollInterval.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized void stop() throws InterruptedException {
    if (!running) {
      return;
    }
    running = false;
    pool.shutdown();
    if (!pool.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
    }
  }
}
