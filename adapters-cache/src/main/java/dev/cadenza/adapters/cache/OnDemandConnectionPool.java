package dev.cadenza.adapters.cache;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.providers.ConnectionProvider;

/**
 * jedis's connection pool, making a connection only when an operation borrows one.
 *
 * <p>commons-pool2 (2.13) replaces a connection handed back broken at once, on the thread that hands
 * it back. For a Redis that hangs, that new connection's handshake is a second timeout inside the
 * request that found Redis hung (measured: 0.5 s instead of 0.25 s at the default timeout); for a
 * connection Redis closed, it is a connection made only to be dropped with the other idle ones. With
 * {@code minIdle} 0 nothing else in the pool adds connections ahead of need, so {@link #addObject()}
 * does nothing here (and {@code addObjects(n)}, which calls it, warms nothing).
 */
final class OnDemandConnectionPool extends ConnectionPool implements ConnectionProvider {

  OnDemandConnectionPool(HostAndPort address, JedisClientConfig config, GenericObjectPoolConfig<Connection> pool) {
    super(address, config, pool);
    if (pool.getMinIdle() > 0) {
      throw new IllegalArgumentException("an on-demand pool keeps no idle minimum, not " + pool.getMinIdle());
    }
  }

  @Override
  public void addObject() {
    // connections are made when borrowed, never ahead of need (see the class comment)
  }

  @Override
  public Connection getConnection() {
    return getResource();
  }

  @Override
  public Connection getConnection(CommandArguments args) {
    return getResource();
  }
}
