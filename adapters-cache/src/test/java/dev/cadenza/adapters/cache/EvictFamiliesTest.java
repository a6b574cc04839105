package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both stores evict whole key families, generations included, and leave every other key alone. */
class EvictFamiliesTest {

  private static final Duration TTL = Duration.ofMinutes(10);

  private static String value(CacheStore store, String key) {
    return store.fetch(List.of(key)).get(0).value();
  }

  private static void put(CacheStore store, String key, String value) {
    store.store(key, value, store.fetch(List.of(key)).get(0).token(), TTL);
  }

  @ParameterizedTest
  @EnumSource(CacheStores.class)
  void aFamilyGoesWithItsGenerationsAndNothingElseDoes(CacheStores kind) {
    try (CacheStore store = kind.newStore(CacheMetrics.unregistered())) {
      put(store, "stats:song:1", "{\"likes\":1}");
      put(store, "stats:album:2", "{\"likes\":2}");
      put(store, "liked:song:1:u", "true");
      put(store, "song:1", "{\"title\":\"Kept\"}");
      put(store, "statsbook:1", "other");
      store.evict(List.of("stats:song:9"));
      String seenBeforeWithValue = store.fetch(List.of("stats:song:1")).get(0).token();
      String seenBeforeWithoutValue = store.fetch(List.of("stats:song:9")).get(0).token();

      store.evictFamilies(List.of("stats:", "liked:"));

      assertThat(value(store, "stats:song:1")).isNull();
      assertThat(value(store, "stats:album:2")).isNull();
      assertThat(value(store, "liked:song:1:u")).isNull();
      assertThat(value(store, "song:1")).isEqualTo("{\"title\":\"Kept\"}");
      assertThat(value(store, "statsbook:1")).as("a family is a prefix up to its colon").isEqualTo("other");
      // loads that began before the eviction cannot put what they read back
      store.store("stats:song:1", "{\"likes\":0}", seenBeforeWithValue, TTL);
      store.store("stats:song:9", "{\"likes\":0}", seenBeforeWithoutValue, TTL);
      assertThat(value(store, "stats:song:1")).isNull();
      assertThat(value(store, "stats:song:9")).isNull();
    }
  }
}
