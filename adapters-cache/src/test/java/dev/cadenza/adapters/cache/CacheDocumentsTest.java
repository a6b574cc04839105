package dev.cadenza.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged values in the store read as misses (reloaded from the database), never as zeros. */
class CacheDocumentsTest {

  private static final CatalogItem SONG = new CatalogItem(ItemKind.SONG, UUID.fromString(
      "01890a5d-ac96-774b-bcce-b302099a8058"));

  @Test
  void whatTheCacheWritesReadsBack() {
    ItemStats stats = new ItemStats(SONG, new RatingSummary(30, 267), 6);
    Codec<ItemStats> codec = CacheDocuments.stats(SONG);
    assertThat(codec.decode(codec.encode(stats))).isEqualTo(stats);
    assertThat(CacheDocuments.FLAG.decode(CacheDocuments.FLAG.encode(true))).isTrue();
    assertThat(CacheDocuments.NUMBER.decode(CacheDocuments.NUMBER.encode(10L))).isEqualTo(10L);
    Chart chart = new Chart(ItemKind.SONG, ChartBy.RATING, 3,
        List.of(new ChartEntry(1, new ItemStats(SONG, new RatingSummary(3, 27), 1), "So What", "Miles Davis")));
    assertThat(CacheDocuments.CHART.decode(CacheDocuments.CHART.encode(chart))).isEqualTo(chart);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"x\":1}", "{\"l\":5}", "{\"c\":1,\"s\":9}", "{\"c\":null,\"s\":9,\"l\":1}", "[]", "7"})
  void statsWithAMemberMissingAreAMiss(String damaged) {
    assertThat(CacheDocuments.stats(SONG).decode(damaged)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"on\":null}"})
  void aFlagWithoutItsValueIsAMiss(String damaged) {
    assertThat(CacheDocuments.FLAG.decode(damaged)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"s\":-3}"})
  void aMissingOrNegativeNumberIsAMiss(String damaged) {
    assertThat(CacheDocuments.NUMBER.decode(damaged)).isNull();
  }

  @Test
  void aChartWithARankBelowItsMinimumOrWithoutFiguresIsAMiss() {
    String id = SONG.id().toString();
    assertThat(CacheDocuments.CHART.decode("{\"k\":\"SONG\",\"b\":\"RATING\",\"m\":3,\"rows\":[{\"id\":\"" + id
        + "\",\"t\":\"X\",\"p\":\"Y\"}]}")).isNull();
    assertThat(CacheDocuments.CHART.decode("{\"k\":\"SONG\",\"b\":\"RATING\",\"m\":3,\"rows\":[{\"id\":\"" + id
        + "\",\"c\":1,\"s\":10,\"l\":0,\"t\":\"X\",\"p\":\"Y\"}]}")).isNull();
  }
}
