package dev.cadenza.adapters.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * own, to one channel under the key prefix, where evictions and beats are published, and to a channel
 * of its own, where the instances it told answer.
 *
 * <ul>
 *   <li><b>Evictions.</b> An instance that evicts publishes the keys. Each subscriber drops its copies,
 *       then answers on the evicting instance's channel with its own name. The evicting instance
 *       waits until as many have answered as {@code PUBLISH} reported receivers, and every instance it
 *       heard beat within the last {@link #LEASE} among them, at most {@code LEASE}; a publication that
 *       fails is tried again for as long.</li>
 *   <li><b>Leases.</b> Every {@link #HEARTBEAT} an instance publishes a beat with its own clock's time
 *       to the shared channel. Messages reach a subscriber in the order Redis received them, so when
 *       an instance hears its own beat sent at {@code t}, it has heard every eviction published before
 *       {@code t}. It serves copies only while the last beat of its own it heard was sent less than
 *       {@code LEASE} ago. An instance that did not answer an eviction within {@code LEASE} (stalled,
 *       cut off, its subscription dropped by Redis) has heard no beat of its own sent after that
 *       eviction was published, so by the time the evicting instance stops waiting, the silent one has
 *       stopped serving copies.</li>
 *   <li><b>Losses.</b> A new subscription (after a failure, at start) drops every copy and changes
 *       {@link #coverage()}. An eviction that could not be published within the lease, or that did not
 *       reach the shared store ({@link CacheStore#evictionsPending()}), is followed, once Redis answers
 *       and nothing is pending any more, by an announcement that drops every copy everywhere.</li>
 * </ul>
 * Other clients subscribed to these channels (a {@code PSUBSCRIBE *} while debugging) count as
 * receivers that never answer: while they are there, every eviction waits the whole lease.
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
  /** How long without hearing its own beats (or finishing a subscription) before the subscription is made anew. */
  private static final Duration SILENCE = Duration.ofSeconds(2);
  private static final Duration RESUBSCRIBE = Duration.ofMillis(200);
  private static final long RETRY_PUBLISH_MILLIS = 10;

  /** The answers an eviction waits for; registered before it is published, so no answer comes too early. */
  private static final class Waiter {
    private final Set<String> expected;
    /** How many received the eviction; unknown (the most there can be) until {@code PUBLISH} has said. */
    private long receivers = Long.MAX_VALUE;
    private final Set<String> answered = new HashSet<>();

    Waiter(Set<String> expected) {
      this.expected = expected;
    }

    synchronized void published(long receivers) {
      this.receivers = receivers;
      notifyAll();
    }

    synchronized void answered(String instance) {
      answered.add(instance);
      if (done()) {
        notifyAll();
      }
    }

    private boolean done() {
      return answered.size() >= receivers && answered.containsAll(expected);
    }

    /** Waits until done or {@code deadline} ({@link System#nanoTime()}); true when done. Interrupts wait too. */
    synchronized boolean await(long deadline) {
      boolean interrupted = false;
      try {
        while (!done()) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          try {
            TimeUnit.NANOSECONDS.timedWait(this, left);
          } catch (InterruptedException e) {
            // the write's guarantee needs the whole wait: the interrupt is kept for afterwards
            interrupted = true;
          }
        }
        return true;
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private final RedisConnection redis;
  private final Supplier<Connection> connect;
  private final CacheMetrics metrics;
  private final String channel;
  private final String instance = UUID.randomUUID().toString();
  private final String answersPrefix;
  private final String answers;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<Long, Waiter> waiting = new ConcurrentHashMap<>();
  /** When each instance's last beat was heard ({@link System#nanoTime()} here), this one's included. */
  private final Map<String, Long> beating = new ConcurrentHashMap<>();
  private final ScheduledExecutorService beats;
  private final Thread subscriber;
  private volatile Listener listener;
  private volatile boolean closed;
  private volatile boolean dropAllPending;
  private volatile Connection connection;
  /** When the current connection was made ({@link System#nanoTime()}). */
  private volatile long connectedAt;
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

  @Override
  public void dropEverywhereLater() {
    dropAllPending = true;
  }

  private void publishAndWait(String kind, Collection<String> keys) {
    long started = System.nanoTime();
    long deadline = started + LEASE.toNanos();
    long number = sequence.incrementAndGet();
    String message;
    try {
      message = kind + " " + instance + " " + number + " " + JSON.writeValueAsString(keys);
    } catch (JsonProcessingException e) {
      LOG.warn("could not write the keys of an eviction; every copy everywhere will be dropped", e);
      dropAllPending = true;
      return;
    }
    Waiter waiter = new Waiter(liveInstances(started));
    waiting.put(number, waiter);
    try {
      Long receivers = publish(message, deadline);
      if (receivers == null) {
        // not published within the lease: nobody heard it, every copy everywhere goes once Redis answers
        dropAllPending = true;
        return;
      }
      waiter.published(receivers);
      if (!waiter.await(deadline)) {
        metrics.nearAnswersMissing.mark();
        LOG.debug("not every instance answered eviction {} within {} ms", number, LEASE.toMillis());
      }
    } finally {
      waiting.remove(number);
    }
  }

  /** Publishes {@code message}, trying again until {@code deadline}; the receivers, or null when it never went out. */
  private Long publish(String message, long deadline) {
    try {
      return redis.call(j -> j.publish(channel, message));
    } catch (CacheUnavailableException e) {
      // tried again past the breaker: one failed operation of another thread must not cost this write its announcement
    }
    while (System.nanoTime() - deadline < 0) {
      try {
        Thread.sleep(RETRY_PUBLISH_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      try {
        return redis.callDespiteBreaker(j -> j.publish(channel, message));
      } catch (CacheUnavailableException e) {
        // and again, until the deadline
      }
    }
    return null;
  }

  /** The instances whose beats were heard within the lease before {@code now}, this one included if so. */
  private Set<String> liveInstances(long now) {
    Set<String> live = new HashSet<>();
    beating.forEach((name, heard) -> {
      if (now - heard < LEASE.toNanos()) {
        live.add(name);
      }
    });
    return live;
  }

  /** Publishes this instance's beat, sends a pending drop of every copy, and watches the subscription. */
  private void beat() {
    try {
      watchSubscription();
      if (dropAllPending && !listener.evictionsPending()) {
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
    } catch (CacheUnavailableException e) {
      // Redis unreachable: the lease lapses and copies are not served until beats are heard again
    } catch (RuntimeException e) {
      LOG.warn("publishing the cache beat failed", e);
    }
  }

  /** Closes a subscription that has heard nothing (or not finished subscribing) for {@link #SILENCE}. */
  private void watchSubscription() {
    Connection current = connection;
    if (current == null) {
      return;
    }
    long now = System.nanoTime();
    long since = subscribed ? heardUpTo : connectedAt;
    if (now - since > SILENCE.toNanos()) {
      LOG.warn("no cache eviction messages heard for {} s; subscribing again", SILENCE.toSeconds());
      current.close();
    }
  }

  private void subscribeUntilClosed() {
    while (!closed) {
      try (Connection opened = connect.get()) {
        connectedAt = System.nanoTime();
        connection = opened;
        if (!closed) {
          new Subscription().proceed(opened, channel, answers);
        }
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
          answered(message);
          return;
        }
        String[] parts = message.split(" ", 4);
        switch (parts[0]) {
          case "beat" -> heardBeat(parts);
          case "evict", "families" -> evicted(parts);
          default -> LOG.debug("unknown cache message ignored: {}", parts[0]);
        }
      } catch (JsonProcessingException | RuntimeException e) {
        LOG.warn("an unreadable cache message was ignored: {}", e.toString());
      }
    }

    private void heardBeat(String[] parts) {
      if (parts.length != 3) {
        return;
      }
      beating.put(parts[1], System.nanoTime());
      if (parts[1].equals(instance)) {
        heardUpTo = Math.max(heardUpTo, Long.parseLong(parts[2]));
      }
    }

    private void evicted(String[] parts) throws JsonProcessingException {
      if (parts.length != 4) {
        return;
      }
      List<String> keys = JSON.readValue(parts[3], KEYS);
      if (keys == null || keys.contains(null)) {
        LOG.warn("a cache eviction without keys was ignored");
        return;
      }
      if (parts[0].equals("evict")) {
        listener.dropped(keys);
      } else {
        listener.droppedFamilies(keys);
      }
      answer(parts[1], parts[2]);
    }
  }

  /** An answer "<number> <instance>" to one of this instance's evictions. */
  private void answered(String message) {
    int space = message.indexOf(' ');
    if (space < 0) {
      return;
    }
    long number = Long.parseLong(message.substring(0, space));
    String from = message.substring(space + 1);
    Waiter waiter = waiting.get(number);
    if (waiter != null) {
      waiter.answered(from);
    }
  }

  private void answer(String evicting, String number) {
    String reply = number + " " + instance;
    try {
      redis.call(j -> j.publish(answersPrefix + evicting, reply));
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
