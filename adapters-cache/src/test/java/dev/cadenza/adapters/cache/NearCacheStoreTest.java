package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rules of near copies, with a remote store in memory and a messenger the test drives. The same
 * store over Redis, with other instances, is {@link NearCopiesOverRedisTest}.
 */
class NearCacheStoreTest {

  /** A remote store that counts its fetches and may do something in the middle of one. */
  private static final class Remote implements CacheStore {
    final InProcessCacheStore values = new InProcessCacheStore(1 << 20, Duration.ofHours(1));
    int fetches;
    boolean pending;
    Consumer<List<String>> duringFetch = keys -> { };

    @Override
    public List<Entry> fetch(List<String> keys) {
      fetches++;
      List<Entry> found = values.fetch(keys);
      duringFetch.accept(keys);
      // as Redis answers: no memo
      return found.stream().map(e -> new Entry(e.value(), e.token())).toList();
    }

    @Override
    public void store(String key, String value, String token, Duration ttl) {
      values.store(key, value, token, ttl);
    }

    @Override
    public void evict(Collection<String> keys) {
      values.evict(keys);
    }

    @Override
    public void evictFamilies(Collection<String> families) {
      values.evictFamilies(families);
    }

    @Override
    public boolean evictionsPending() {
      return pending;
    }

    @Override
    public CacheHealth health() {
      return CacheHealth.up("remote");
    }

    @Override
    public void close() {
    }

    void put(String key, String value) {
      values.store(key, value, values.fetch(List.of(key)).get(0).token(), Duration.ofMinutes(1));
    }
  }

  /** A messenger whose coverage the test sets, recording what it was asked to announce. */
  private static final class Messenger implements NearCopies {
    long coverage = 1;
    final List<Collection<String>> announced = new ArrayList<>();
    Listener listener;
    int dropsEverywhere;

    @Override
    public void start(Listener listener) {
      this.listener = listener;
    }

    @Override
    public long coverage() {
      return coverage;
    }

    @Override
    public void announce(Collection<String> keys) {
      announced.add(List.copyOf(keys));
    }

    @Override
    public void announceFamilies(Collection<String> families) {
      announced.add(List.copyOf(families));
    }

    @Override
    public void dropEverywhereLater() {
      dropsEverywhere++;
    }

    @Override
    public String describe() {
      return "test";
    }

    @Override
    public void close() {
    }
  }

  private final Remote remote = new Remote();
  private final Messenger messenger = new Messenger();
  private final NearCacheStore store = new NearCacheStore(remote, messenger, 1 << 20, Duration.ofMinutes(1));

  private String value(String key) {
    return store.fetch(List.of(key)).get(0).value();
  }

  @Test
  void aValueFoundRemotelyIsAnsweredFromTheCopyWithTheRemoteToken() {
    remote.put("song:1", "{\"v\":1}");
    String remoteToken = remote.values.fetch(List.of("song:1")).get(0).token();

    CacheStore.Entry first = store.fetch(List.of("song:1")).get(0);
    CacheStore.Entry second = store.fetch(List.of("song:1")).get(0);

    assertThat(remote.fetches).isEqualTo(1);
    assertThat(first.value()).isEqualTo("{\"v\":1}").isEqualTo(second.value());
    assertThat(second.token()).isEqualTo(remoteToken).isEqualTo(first.token());
    assertThat(second.memo()).as("decoded once per copy").isNotNull();
    assertThat(store.copies()).isEqualTo(1);
  }

  @Test
  void anAbsenceIsCopiedWithItsTokenUntilThisInstanceStoresTheKey() {
    remote.put("song:1", "one");
    value("song:1");
    List<String> asked = new ArrayList<>();
    remote.duringFetch = asked::addAll;

    List<CacheStore.Entry> entries = store.fetch(List.of("song:1", "song:2"));
    CacheStore.Entry absent = store.fetch(List.of("song:2")).get(0);

    assertThat(entries.get(0).value()).isEqualTo("one");
    assertThat(entries.get(1).value()).isNull();
    assertThat(asked).as("only the missing key, once").containsExactly("song:2");
    assertThat(absent.value()).isNull();
    assertThat(absent.token()).isEqualTo(entries.get(1).token())
        .isEqualTo(remote.values.fetch(List.of("song:2")).get(0).token());

    store.store("song:2", "two", absent.token(), Duration.ofMinutes(1));
    assertThat(value("song:2")).as("the stored value, from the remote store").isEqualTo("two");
    assertThat(asked).containsExactly("song:2", "song:2");
    assertThat(value("song:2")).isEqualTo("two");
    assertThat(asked).as("and then from the copy").hasSize(2);
  }

  @Test
  void anEvictionDropsTheCopyEvictsRemotelyAndIsAnnounced() {
    remote.put("song:1", "old");
    value("song:1");

    store.evict(List.of("song:1"));

    assertThat(messenger.announced).containsExactly(List.of("song:1"));
    assertThat(store.copies()).isZero();
    assertThat(value("song:1")).isNull();
  }

  @Test
  void anEvictionThatDidNotReachTheRemoteStoreHasEveryInstanceDropEverythingOnceItHas() {
    remote.put("song:1", "old");
    value("song:1");
    store.evict(List.of("song:2"));
    assertThat(messenger.dropsEverywhere).isZero();

    remote.pending = true;
    store.evict(List.of("song:1"));
    store.evictFamilies(List.of("stats:"));

    assertThat(messenger.dropsEverywhere).isEqualTo(2);
    assertThat(messenger.listener.evictionsPending()).isTrue();
    assertThat(store.copies()).isZero();
  }

  @Test
  void aCopyIsNotKeptWhenAnEvictionArrivedWhileItsFetchWasUnderway() {
    remote.put("song:1", "old");
    remote.duringFetch = keys -> messenger.listener.dropped(List.of("song:1"));

    assertThat(value("song:1")).as("this read may answer what it found").isEqualTo("old");
    assertThat(store.copies()).isZero();
    remote.duringFetch = keys -> { };
    value("song:1");
    assertThat(remote.fetches).as("the next read asks the remote store again").isEqualTo(2);
  }

  @Test
  void copiesAreNotKeptAcrossAFamilyDropOrALossOfCoverageDuringTheirFetch() {
    remote.put("song:1", "old");
    remote.duringFetch = keys -> messenger.listener.droppedFamilies(List.of("song:"));
    value("song:1");
    assertThat(store.copies()).isZero();

    remote.duringFetch = keys -> messenger.coverage = 2;
    value("song:1");
    assertThat(store.copies()).isZero();

    remote.duringFetch = keys -> { };
    value("song:1");
    assertThat(store.copies()).isEqualTo(1);
  }

  @Test
  void familyDropsAndLossesDropTheCopiesTheyName() {
    Map<String, String> values = new HashMap<>(Map.of("song:1", "a", "song:2", "b", "stats:song:1", "c"));
    values.forEach(remote::put);
    values.keySet().forEach(this::value);
    assertThat(store.copies()).isEqualTo(3);

    messenger.listener.droppedFamilies(List.of("stats:"));
    assertThat(store.copies()).isEqualTo(2);
    messenger.listener.lost();
    assertThat(store.copies()).isZero();
  }

  @Test
  void withoutCoverageEveryFetchAsksTheRemoteStoreAndNothingIsCopied() {
    remote.put("song:1", "a");
    messenger.coverage = -1;

    value("song:1");
    value("song:1");

    assertThat(remote.fetches).isEqualTo(2);
    assertThat(store.copies()).isZero();
  }

  @Test
  void aCopyKeptBeforeCoverageWasLostIsNotServedWhileItIsLost() {
    remote.put("song:1", "a");
    value("song:1");
    messenger.coverage = -1;

    value("song:1");

    assertThat(remote.fetches).isEqualTo(2);
  }
}
