package dev.cadenza.adapters.cache.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real Redis for tests. {@link #sharedUrl()}: the server {@code CADENZA_TEST_REDIS_URL} names
 * ({@code redis://127.0.0.1:6379}), or else one {@code redis-server} this JVM starts on a free port
 * (the Debian package {@code redis-server}); tests keep apart by {@link #uniquePrefix()}.
 * {@link #spawn()}: a server of the test's own, which it may {@link #stop()} and {@link #start()}
 * again on the same port (for the "Redis down" tests), or {@link #pause()} and {@link #resume()} (for
 * "Redis hangs"). Without a URL and without the binary, the
 * test is skipped with a message saying so.
 */
public final class TestRedis implements AutoCloseable {

  /** The environment variable naming an existing server. */
  public static final String URL_VARIABLE = "CADENZA_TEST_REDIS_URL";

  private static final List<String> BINARIES = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server",
      "/usr/sbin/redis-server", "/opt/homebrew/bin/redis-server");
  private static URI shared;

  private final String binary;
  private final int port;
  private final Path dir;
  private Process process;

  private TestRedis(String binary, int port, Path dir) {
    this.binary = binary;
    this.port = port;
    this.dir = dir;
  }

  /** The Redis every test may share (with a prefix of its own). */
  public static synchronized URI sharedUrl() {
    if (shared == null) {
      String url = System.getenv(URL_VARIABLE);
      if (url != null && !url.isBlank()) {
        shared = URI.create(url.trim());
      } else {
        TestRedis own = spawn();
        Runtime.getRuntime().addShutdownHook(new Thread(own::close, "stop test redis"));
        shared = own.url();
      }
    }
    return shared;
  }

  /** A key prefix no other test uses, ending with a format version like the service's. */
  public static String uniquePrefix() {
    return "cadenza-test:" + UUID.randomUUID() + ":v1:";
  }

  /** The redis-server binary, if this machine has one. */
  public static Optional<String> binary() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, "redis-server");
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return BINARIES.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst();
  }

  /** Starts a redis-server of this test's own on a free port; skips the test when there is no binary. */
  public static TestRedis spawn() {
    Optional<String> binary = binary();
    Assumptions.assumeTrue(binary.isPresent(), "no redis-server binary on this machine (apt-get install "
        + "redis-server) and no " + URL_VARIABLE + ": skipping a test that needs a Redis of its own");
    try {
      TestRedis redis = new TestRedis(binary.get(), freePort(), Files.createTempDirectory("cadenza-redis"));
      redis.start();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI url() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  /** Starts the server (again) on its port and waits until it answers. */
  public synchronized void start() {
    if (process != null && process.isAlive()) {
      return;
    }
    try {
      process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no")
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("redis.log").toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + binary, e);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!answers()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("redis-server did not come up on port " + port + "; see " + dir);
      }
      sleep(20);
    }
  }

  /** Stops the server and waits until its port is closed. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /**
   * Freezes the server (SIGSTOP): its port still accepts connections, but nothing is answered until
   * {@link #resume()}, as with a Redis that hangs rather than one that is down.
   */
  public synchronized void pause() {
    signal("-STOP");
  }

  /** Lets a {@link #pause() paused} server run again (SIGCONT). */
  public synchronized void resume() {
    signal("-CONT");
  }

  private void signal(String signal) {
    if (process == null || !process.isAlive()) {
      throw new IllegalStateException("redis-server is not running");
    }
    try {
      int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("kill " + signal + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether something on the port answers PING. */
  public boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[7];
      int n = in.read(buf);
      return n > 0 && new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
