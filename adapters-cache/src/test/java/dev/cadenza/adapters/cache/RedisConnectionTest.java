package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.cache.testing.TestRedis;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Protocol;

/** How a Redis URL's credentials are read: percent-decoded, with {@code +} taken as itself. */
class RedisConnectionTest {

  @Test
  void credentialsArePercentDecodedAndAPlusStaysAPlus() {
    assertThat(RedisConnection.decode("se+cret%2Fp%40ss%20word")).isEqualTo("se+cret/p@ss word");
    assertThat(RedisConnection.decode("plain")).isEqualTo("plain");
  }

  @Test
  void anAccountWhosePasswordHoldsAPlusSignsIn() {
    URI admin = TestRedis.sharedUrl();
    String user = "cadenza-test-" + UUID.randomUUID();
    String password = "se+cret/p@ss";
    try (RedisConnection setup = open(admin)) {
      setup.call(j -> j.sendCommand(Protocol.Command.ACL, "SETUSER", user, "on", ">" + password, "~*", "+@all"));
      try {
        URI url = URI.create("redis://" + user + ":se+cret%2Fp%40ss@" + admin.getHost() + ":" + port(admin));
        try (RedisConnection signedIn = open(url)) {
          String pong = signedIn.call(j -> j.ping());
          assertThat(pong).isEqualTo("PONG");
        }
        URI wrong = URI.create("redis://" + user + ":se%20cret%2Fp%40ss@" + admin.getHost() + ":" + port(admin));
        try (RedisConnection refused = open(wrong)) {
          assertThatThrownBy(() -> refused.call(j -> j.ping())).isInstanceOf(CacheUnavailableException.class);
        }
      } finally {
        setup.call(j -> j.sendCommand(Protocol.Command.ACL, "DELUSER", user));
      }
    }
  }

  private static int port(URI url) {
    return url.getPort() < 0 ? 6379 : url.getPort();
  }

  private static RedisConnection open(URI url) {
    return RedisConnection.open(url, Duration.ofSeconds(2), Duration.ofMillis(1), 2, CacheMetrics.unregistered());
  }
}
