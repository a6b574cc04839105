package dev.cadenza.adapters.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@link NearCopies} over Redis publish/subscribe. Every instance subscribes, on a connection of its
 * own, to one channel under the key prefix, where evictions are announced, and to a channel of its
 * own, where the instances it told answer.
 *
 * <ul>
 *   <li><b>Evictions.</b> An instance that evicts publishes the keys; {@code PUBLISH} answers how many
 *       subscribers received them. Each drops its copies, then answers on the evicting instance's
 *       channel; the evicting instance waits for that many answers, at most {@link #LEASE}.</li>
 *   <li><b>Leases.</b> Every {@link #HEARTBEAT} an instance publishes a beat with its own clock's time
 *       to the shared channel. Messages reach a subscriber in the order Redis received them, so when
 *       an instance hears its own beat sent at {@code t}, it has heard every eviction published before
 *       {@code t}. It serves copies only while the last beat it heard is less than {@link #LEASE} old.
 *       An instance that did not answer an eviction within {@code LEASE} (stalled, cut off) has not
 *       heard a beat sent after that eviction was published, so by the time the evicting instance gives
 *       up waiting, the stalled one has stopped serving copies.</li>
 *   <li><b>Losses.</b> A new subscription (after a failure, at start) drops every copy and changes
 *       {@link #coverage()}; an eviction that could not be announced (Redis unreachable) is followed,
 *       once Redis answers, by an announcement that drops every copy everywhere.</li>
 * </ul>
 */
public final class RedisInvalidations implements NearCopies {

  private static final Logger LOG = LoggerFactory.getLogger(RedisInvalidations.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
  };

  /** How often each instance publishes a beat. */
  public static final Duration HEARTBEAT = Duration.ofMillis(25);
  /** How long after its last beat an instance serves copies; how long an eviction waits for answers at most. */
  public static final Duration LEASE = Duration.ofMillis(250);
  /** How long without hearing its own beats before the subscription is taken for dead and made anew. */
  private static final Duration SILENCE = Duration.ofSeconds(2);
  private static final Duration RESUBSCRIBE = Duration.ofMillis(200);

  private final RedisConnection redis;
  private final Supplier<Connection> connect;
  private final CacheMetrics metrics;
  private final String channel;
  private final String instance = UUID.randomUUID().toString();
  private final String answersPrefix;
  private final String answers;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<Long, Semaphore> waiting = new ConcurrentHashMap<>();
  private final ScheduledExecutorService beats;
  private final Thread subscriber;
  private volatile Listener listener;
  private volatile boolean closed;
  private volatile boolean dropAllPending;
  private volatile Connection connection;
  /** Changes with every (re)subscription; copies made under an older one are not kept. */
  private volatile long subscription = 0;
  private volatile boolean subscribed;
  /** When this instance sent the last own beat it heard ({@link System#nanoTime()}); meaningful while subscribed. */
  private volatile long heardUpTo;

  /**
   * @param prefix the key prefix ({@code cadenza:v1:}); the channels are named under it
   */
  public RedisInvalidations(RedisConnection redis, String prefix, CacheMetrics metrics) {
    this(redis, redis::connect, prefix, metrics);
  }

  /** As above, subscribing on the connections {@code connect} makes. */
  RedisInvalidations(RedisConnection redis, Supplier<Connection> connect, String prefix, CacheMetrics metrics) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.connect = Objects.requireNonNull(connect, "connect");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.channel = prefix + "near:evictions";
    this.answersPrefix = prefix + "near:answers:";
    this.answers = answersPrefix + instance;
    this.beats = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "cadenza-cache-beats"));
    this.subscriber = daemon(this::subscribeUntilClosed, "cadenza-cache-evictions-heard");
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void start(Listener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    subscriber.start();
    long every = HEARTBEAT.toNanos();
    beats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.NANOSECONDS);
  }

  @Override
  public long coverage() {
    return subscribed && System.nanoTime() - heardUpTo < LEASE.toNanos() ? subscription : -1;
  }

  @Override
  public void announce(Collection<String> keys) {
    publishAndWait("evict", keys);
  }

  @Override
  public void announceFamilies(Collection<String> families) {
    publishAndWait("families", families);
  }

  private void publishAndWait(String kind, Collection<String> keys) {
    long number = sequence.incrementAndGet();
    Semaphore answered = new Semaphore(0);
    waiting.put(number, answered);
    try {
      String message = kind + " " + instance + " " + number + " " + JSON.writeValueAsString(keys);
      long receivers = redis.call(j -> j.publish(channel, message));
      if (receivers > 0 && !answered.tryAcquire((int) Math.min(Integer.MAX_VALUE, receivers), LEASE.toNanos(),
          TimeUnit.NANOSECONDS)) {
        metrics.nearAnswersMissing.mark();
        LOG.debug("not every instance answered eviction {} within {} ms", number, LEASE.toMillis());
      }
    } catch (CacheUnavailableException e) {
      // nobody heard it: every copy everywhere is dropped once Redis answers (see beat())
      dropAllPending = true;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the keys of an eviction", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting.remove(number);
    }
  }

  /** Publishes this instance's beat; also what an unreachable Redis kept from being announced, and watches the subscription. */
  private void beat() {
    try {
      if (dropAllPending) {
        dropAllPending = false;
        try {
          String message = "families " + instance + " " + sequence.incrementAndGet() + " [\"\"]";
          redis.call(j -> j.publish(channel, message));
        } catch (CacheUnavailableException e) {
          dropAllPending = true;
          return;
        }
      }
      long sent = System.nanoTime();
      redis.call(j -> j.publish(channel, "beat " + instance + " " + sent));
      Connection current = connection;
      if (subscribed && current != null && sent - heardUpTo > SILENCE.toNanos()) {
        // beats are published but not heard: the subscription's connection is dead without knowing it
        LOG.warn("no eviction messages heard for {} s; subscribing again", SILENCE.toSeconds());
        current.close();
      }
    } catch (CacheUnavailableException e) {
      // Redis unreachable: the lease lapses and copies are not served until beats are heard again
    } catch (RuntimeException e) {
      LOG.warn("publishing the cache beat failed", e);
    }
  }

  private void subscribeUntilClosed() {
    while (!closed) {
      try (Connection opened = connect.get()) {
        connection = opened;
        new Subscription().proceed(opened, channel, answers);
      } catch (JedisException e) {
        if (!closed) {
          LOG.debug("the subscription to cache evictions ended: {}", e.toString());
        }
      } catch (RuntimeException e) {
        // whatever failed, copies are not served until a new subscription hears beats again
        LOG.warn("the subscription to cache evictions failed", e);
      } finally {
        connection = null;
        subscribed = false;
      }
      if (!closed) {
        listener.lost();
        try {
          Thread.sleep(RESUBSCRIBE.toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private final class Subscription extends JedisPubSub {

    @Override
    public void onSubscribe(String name, int channels) {
      if (channels == 2) {
        // from here on every eviction is heard; what was kept before may have missed some
        subscription++;
        listener.lost();
        heardUpTo = System.nanoTime() - LEASE.toNanos();
        subscribed = true;
      }
    }

    @Override
    public void onMessage(String name, String message) {
      try {
        if (name.equals(answers)) {
          Semaphore answered = waiting.get(Long.parseLong(message));
          if (answered != null) {
            answered.release();
          }
          return;
        }
        String[] parts = message.split(" ", 4);
        switch (parts[0]) {
          case "beat" -> {
            if (parts.length == 3 && parts[1].equals(instance)) {
              heardUpTo = Math.max(heardUpTo, Long.parseLong(parts[2]));
            }
          }
          case "evict", "families" -> {
            if (parts.length == 4) {
              List<String> keys = JSON.readValue(parts[3], KEYS);
              if (parts[0].equals("evict")) {
                listener.dropped(keys);
              } else {
                listener.droppedFamilies(keys);
              }
              answer(parts[1], parts[2]);
            }
          }
          default -> LOG.debug("unknown cache message ignored: {}", parts[0]);
        }
      } catch (JsonProcessingException | NumberFormatException e) {
        LOG.warn("an unreadable cache message was ignored: {}", e.toString());
      }
    }
  }

  private void answer(String evicting, String number) {
    try {
      redis.call(j -> j.publish(answersPrefix + evicting, number));
    } catch (CacheUnavailableException e) {
      // the evicting instance stops waiting after LEASE, when this one's lease has lapsed
    }
  }

  @Override
  public String describe() {
    return coverage() >= 0 ? "kept coherent through " + channel : "not served (evictions not heard now)";
  }

  @Override
  public void close() {
    closed = true;
    beats.shutdownNow();
    Connection current = connection;
    if (current != null) {
      current.close();
    }
    subscriber.interrupt();
  }
}
