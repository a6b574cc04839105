package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InProcessCacheStoreTest {

  private static final Duration TTL = Duration.ofMinutes(1);

  private final InProcessCacheStore store = new InProcessCacheStore(1_000_000, Duration.ofMinutes(5));

  private CacheStore.Entry fetch(String key) {
    return store.fetch(List.of(key)).get(0);
  }

  @Test
  void aHitCarriesTheGenerationItWasStoredUnderAndAnEvictionGivesANewOne() {
    String first = fetch("k").token();
    store.store("k", "v1", first, TTL);
    assertThat(fetch("k")).extracting(CacheStore.Entry::value, CacheStore.Entry::token).containsExactly("v1", first);

    store.evict(List.of("k"));
    CacheStore.Entry evicted = fetch("k");
    assertThat(evicted.value()).isNull();
    assertThat(evicted.memo()).isNull();
    assertThat(evicted.token()).isNotEqualTo(first);

    store.store("k", "stale", first, TTL);
    assertThat(fetch("k").value()).as("a load that saw the old generation stores nothing").isNull();
    store.store("k", "v2", evicted.token(), TTL);
    assertThat(fetch("k")).extracting(CacheStore.Entry::value, CacheStore.Entry::token)
        .containsExactly("v2", evicted.token());
  }

  @Test
  void readersOfOneStoredValueShareItsMemoAndANewValueComesWithAnEmptyOne() {
    Object codec = new Object();
    String token = fetch("k").token();
    store.store("k", "v1", token, TTL);
    CacheStore.Memo memo = fetch("k").memo();
    assertThat(memo).isNotNull();
    assertThat(memo.get(codec)).isNull();

    memo.put(codec, "decoded v1");
    assertThat(fetch("k").memo()).isSameAs(memo);
    assertThat(fetch("k").memo().get(codec)).isEqualTo("decoded v1");
    assertThat(fetch("k").memo().get(new Object())).as("kept for its codec only").isNull();

    store.store("k", "v2", token, TTL);
    assertThat(fetch("k").memo()).isNotSameAs(memo);
    assertThat(fetch("k").memo().get(codec)).isNull();
  }

  @Test
  void anEntryIsWeighedByItsKeyItsTextTwiceAndTheBookkeeping() {
    assertThat(InProcessCacheStore.weight("song:1", "x".repeat(400)))
        .isEqualTo(InProcessCacheStore.ENTRY_OVERHEAD + 6 + 800);
  }

  @Test
  void theValuesStayWithinTheBoundInBytesAndTheStoreSaysHowMuchItHolds() {
    long bound = 50_000;
    InProcessCacheStore small = new InProcessCacheStore(bound, Duration.ofMinutes(5));
    String text = "x".repeat(1_000);
    int weight = InProcessCacheStore.weight("key-00", text);
    List<String> keys = IntStream.range(0, 100).mapToObj(i -> String.format("key-%02d", i)).toList();
    for (String key : keys) {
      small.store(key, text, small.fetch(List.of(key)).get(0).token(), TTL);
    }
    small.cleanUp();

    long held = small.fetch(keys).stream().filter(entry -> entry.value() != null).count();
    assertThat(held).isPositive().isLessThanOrEqualTo(bound / weight);
    assertThat(small.health().detail()).startsWith("in-process cache, " + held + " entries, about ")
        .endsWith(" kB of 49 kB");
  }

  @Test
  void aKeyWhoseGenerationWasDroppedForRoomNeverGetsItsEarlierTokenBack() {
    // room for two remembered generations
    InProcessCacheStore tiny = new InProcessCacheStore(2L * 4 * InProcessCacheStore.GENERATION_BYTES, TTL);
    List<String> keys = IntStream.range(0, 50).mapToObj(i -> "key-" + i).toList();
    List<String> before = tiny.fetch(keys).stream().map(CacheStore.Entry::token).toList();

    tiny.evict(keys);
    tiny.cleanUp();

    List<String> after = tiny.fetch(keys).stream().map(CacheStore.Entry::token).toList();
    for (int i = 0; i < keys.size(); i++) {
      assertThat(after.get(i)).as(keys.get(i)).isNotEqualTo(before.get(i));
      tiny.store(keys.get(i), "old", before.get(i), TTL);
    }
    assertThat(tiny.fetch(keys)).as("loads that saw the tokens before the evictions store nothing")
        .allSatisfy(entry -> assertThat(entry.value()).isNull());
  }

  @Test
  void aBoundMustBePositive() {
    assertThatThrownBy(() -> new InProcessCacheStore(0, TTL)).isInstanceOf(IllegalArgumentException.class);
  }
}
