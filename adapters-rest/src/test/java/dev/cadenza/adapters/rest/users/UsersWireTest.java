package dev.cadenza.adapters.rest.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsersWireTest {

  @Test
  void roleNamesAreReadInAnyAsciiCase() {
    Set<Role> roles = UsersWire.parseRoles(List.of("user", "CURATOR", "Admin"));

    assertThat(roles).containsExactlyInAnyOrder(Role.USER, Role.CURATOR, Role.ADMIN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"adm\u0130n", "ADM\u0131N", "u\u017Fer", "curat\u00F6r", " admin"})
  void lookAlikesOfRoleNamesAreUnknownRoles(String name) {
    assertThatThrownBy(() -> UsersWire.parseRoles(List.of("user", name)))
        .isInstanceOfSatisfying(RequestProblemException.class, refused -> {
          List<FieldError> errors = refused.response().problem().errors();
          assertThat(refused.response().problem().status()).isEqualTo(422);
          assertThat(errors).containsExactly(new FieldError("roles[1]", "must be one of user, curator, admin"));
        });
  }
}
