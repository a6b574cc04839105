package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.InvalidCursorException;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogOrderTest {

  @ParameterizedTest
  @ValueSource(strings = {"01890a5d-ac96-774b-bcce-b302099a80", "1890a5d-ac96-774b-bcce-b302099a8058",
      "01890a5d-ac96-774b-bcce-b30209", "1-1-1-1-1", "01890a5d-ac96-774b-bcce-b302099a8058x", ""})
  void aCursorsIdMustBeAWholeUuidNotOneJavaWouldStillRead(String cut) {
    assertThatThrownBy(() -> CatalogOrder.uuid(cut)).isInstanceOf(InvalidCursorException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01890a5d-ac96-774b-bcce-b302099a8058", "01890A5D-AC96-774B-BCCE-B302099A8058"})
  void aWholeUuidReads(String id) {
    assertThat(CatalogOrder.uuid(id)).isEqualTo(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058"));
  }
}
