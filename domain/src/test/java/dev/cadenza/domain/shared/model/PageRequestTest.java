package dev.cadenza.domain.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void limitsFromOneToAHundredAreAccepted(int limit) {
    assertThat(PageRequest.first(limit).limit()).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, Integer.MAX_VALUE})
  void otherLimitsAreAValidationErrorOnLimit(int limit) {
    assertThatThrownBy(() -> PageRequest.first(limit))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new FieldViolation("limit", "must be between 1 and 100")));
  }

  @Test
  void theDefaultIsTwentyFromTheStartWithoutTotal() {
    PageRequest request = PageRequest.firstDefault();

    assertThat(request.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT).isEqualTo(20);
    assertThat(request.cursor()).isEmpty();
    assertThat(request.includeTotal()).isFalse();
    assertThat(PageRequest.MAX_LIMIT).isEqualTo(100);
  }

  @Test
  void afterKeepsTheLimitAndTheTotalFlag() {
    Cursor next = Cursor.of("recent", "x");
    PageRequest request = new PageRequest(5, Optional.empty(), true).after(next);

    assertThat(request).isEqualTo(new PageRequest(5, Optional.of(next), true));
  }

  @Test
  void aMissingCursorMeansTheFirstPage() {
    assertThat(new PageRequest(5, null, false).cursor()).isEmpty();
  }

  @Test
  void aLookaheadRowOnlyProvesThatANextPageExists() {
    Page<String> page = Page.fromLookahead(List.of("a", "b", "c"), 2, s -> Cursor.of("t", s), OptionalLong.of(3));

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.next()).contains(Cursor.of("t", "b"));
    assertThat(page.total()).hasValue(3);
  }

  @Test
  void withoutALookaheadRowThereIsNoNextPage() {
    Page<String> page = Page.fromLookahead(List.of("a", "b"), 2, s -> Cursor.of("t", s), OptionalLong.empty());

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.next()).isEmpty();
    assertThat(page.total()).isEmpty();
  }

  @Test
  void mappingAPageKeepsItsCursorAndTotal() {
    Page<String> page = new Page<>(List.of("a"), Optional.of(Cursor.of("t", "a")), OptionalLong.of(9));

    Page<Integer> mapped = page.map(String::length);

    assertThat(mapped.items()).containsExactly(1);
    assertThat(mapped.next()).isEqualTo(page.next());
    assertThat(mapped.total()).isEqualTo(page.total());
  }
}
