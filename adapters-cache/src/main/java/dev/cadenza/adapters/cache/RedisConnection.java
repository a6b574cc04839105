package dev.cadenza.adapters.cache;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A pooled jedis client with short timeouts and a breaker: an operation that fails or times out is
 * counted ({@code cadenza.cache.failures}) and for {@code retryAfter} further operations fail at
 * once without touching the network ({@code cadenza.cache.bypassed}), so a dead or slow Redis costs
 * requests one timeout at most, not one each. After that the next operation tries again, and the
 * cache resumes by itself when Redis answers. Connections are made lazily: the service starts with
 * Redis down.
 */
public final class RedisConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisConnection.class);

  private final UnifiedJedis client;
  private final Runnable dropIdleConnections;
  private final Supplier<Connection> borrow;
  private final Supplier<Connection> connect;
  private final String address;
  private final long retryAfterNanos;
  private final CacheMetrics metrics;
  private volatile long closedUntil;
  private volatile boolean failing;
  private volatile String lastFailure = "";

  private RedisConnection(UnifiedJedis client, Runnable dropIdleConnections, Supplier<Connection> borrow,
                          Supplier<Connection> connect, String address, Duration retryAfter, CacheMetrics metrics) {
    this.client = client;
    this.dropIdleConnections = dropIdleConnections;
    this.borrow = borrow;
    this.connect = connect;
    this.address = address;
    this.retryAfterNanos = retryAfter.toNanos();
    this.metrics = metrics;
  }

  /**
   * A client for {@code url} ({@code redis://[user:password@]host[:port][/database]}, or
   * {@code rediss://} for TLS).
   *
   * @param timeout connect and read timeout of every operation
   * @param retryAfter how long operations are skipped after a failure
   * @param maxConnections pool size
   */
  public static RedisConnection open(URI url, Duration timeout, Duration retryAfter, int maxConnections,
                                     CacheMetrics metrics) {
    Objects.requireNonNull(url, "url");
    String scheme = url.getScheme();
    if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
      throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://, not " + url);
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException("the Redis URL names no host: " + url);
    }
    int millis = (int) Math.max(1, timeout.toMillis());
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(millis)
        .socketTimeoutMillis(millis)
        .clientName("cadenza")
        .ssl("rediss".equals(scheme));
    String userInfo = url.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      String user = colon < 0 ? null : decode(userInfo.substring(0, colon));
      String password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
      if (user != null && !user.isEmpty()) {
        config.user(user);
      }
      config.password(password);
    }
    String path = url.getPath();
    if (path != null && path.length() > 1) {
      config.database(Integer.parseInt(path.substring(1)));
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(maxConnections);
    pool.setMaxIdle(maxConnections);
    pool.setMinIdle(0);
    pool.setMaxWait(Duration.ofMillis(millis));
    pool.setBlockWhenExhausted(true);
    pool.setTestOnBorrow(false);
    pool.setTestWhileIdle(false);
    HostAndPort hostAndPort = new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
    DefaultJedisClientConfig clientConfig = config.build();
    OnDemandConnectionPool connections = new OnDemandConnectionPool(hostAndPort, clientConfig, pool);
    RedisClient client = RedisClient.builder().clientConfig(clientConfig).connectionProvider(connections).build();
    return new RedisConnection(client, connections::clear, connections::getResource,
        () -> new Connection(hostAndPort, clientConfig), hostAndPort.toString(), retryAfter, metrics);
  }

  /**
   * Percent-decodes a URL's user or password. A {@code +} there is itself (RFC 3986), not the space
   * of form encoding, which {@link URLDecoder} alone would make of it.
   */
  static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Runs {@code operation}; {@link CacheUnavailableException} when Redis fails or is known to be down. */
  <T> T call(Function<UnifiedJedis, T> operation) {
    if (System.nanoTime() - closedUntil < 0) {
      metrics.bypassed.mark();
      throw new CacheUnavailableException("Redis at " + address + " is unavailable: " + lastFailure, null);
    }
    return attempt(operation);
  }

  /**
   * Runs {@code operation} even while the breaker skips operations, for work that must reach Redis
   * as soon as it answers again (evictions that failed); when it succeeds the breaker closes, so
   * that requests use Redis again at once.
   */
  <T> T callDespiteBreaker(Function<UnifiedJedis, T> operation) {
    T result = attempt(operation);
    closedUntil = System.nanoTime();
    return result;
  }

  /**
   * Runs {@code operation}, once more on a new connection when the pooled one it got turns out
   * closed by Redis (its idle {@code timeout}, a {@code CLIENT KILL}, a restart: "Unexpected end of
   * stream", a reset): a healthy Redis must not trip the breaker, which would leave an eviction
   * waiting for {@code retryAfter} while another instance serves what the write retired. The pool's
   * other idle connections are dropped first, as they were most likely closed with it. A timeout is
   * not tried again: a Redis that does not answer costs one timeout, not two.
   */
  private <T> T attempt(Function<UnifiedJedis, T> operation) {
    try {
      return answered(operation.apply(client));
    } catch (JedisException e) {
      if (!closedByRedis(e)) {
        throw unavailable(e);
      }
      metrics.reconnects.mark();
      dropIdleConnections.run();
      try {
        return answered(operation.apply(client));
      } catch (JedisException again) {
        throw unavailable(again);
      }
    }
  }

  private <T> T answered(T result) {
    recovered();
    return result;
  }

  private CacheUnavailableException unavailable(JedisException e) {
    failed(e);
    return new CacheUnavailableException("Redis at " + address + " failed: " + e.getMessage(), e);
  }

  /** A connection error that is not a timeout: the connection was closed, not Redis slow. */
  static boolean closedByRedis(JedisException e) {
    if (!(e instanceof JedisConnectionException)) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof ConnectException) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs {@code commands} on a pipeline over one pooled connection, {@code sync()} included: one
   * round trip. Unlike jedis's own pipeline, whose {@code close()} reads the replies again after a
   * read failed (a second timeout), a failed read here only hands the connection back as broken.
   */
  <T> T callPipelined(Function<Pipeline, T> commands) {
    return call(j -> {
      try (Connection connection = borrow.get()) {
        return commands.apply(new Pipeline(connection));
      }
    });
  }

  /**
   * A new connection of its own, outside the pool and the breaker, with the pool's settings: for a
   * subscription, which holds its connection for as long as it lasts ({@link RedisInvalidations}).
   * {@link redis.clients.jedis.exceptions.JedisConnectionException} when Redis cannot be reached.
   */
  Connection connect() {
    return connect.get();
  }

  /** Asks Redis directly (breaker or not): true when it answers. */
  boolean ping() {
    try {
      boolean ok = "PONG".equalsIgnoreCase(client.ping());
      if (ok) {
        recovered();
      }
      return ok;
    } catch (JedisException e) {
      failed(e);
      return false;
    }
  }

  /** {@code UP} when Redis answers a ping now; {@code DEGRADED} with the last failure otherwise. */
  public CacheHealth health() {
    if (ping()) {
      return CacheHealth.up("Redis at " + address);
    }
    return CacheHealth.degraded("Redis at " + address + " is unreachable (" + lastFailure
        + "); reads are served by the database");
  }

  String address() {
    return address;
  }

  private void failed(JedisException e) {
    metrics.failures.mark();
    lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
    closedUntil = System.nanoTime() + retryAfterNanos;
    if (!failing) {
      failing = true;
      LOG.warn("Redis at {} failed ({}); the cache is bypassed, retrying every {} ms", address, lastFailure,
          retryAfterNanos / 1_000_000);
    }
  }

  private void recovered() {
    if (failing) {
      failing = false;
      LOG.info("Redis at {} answers again; the cache is back", address);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
