package dev.cadenza.adapters.rest.users;

import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.ApiKeyId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Translations between the users context's types and their wire forms. */
final class UsersWire {

  static final String USER = "User";
  static final String API_KEY = "ApiKey";

  private UsersWire() {
  }

  /** A path id: malformed answers the same 404 as unknown. */
  static UserId userId(String raw) {
    return Uuids.parse(raw).map(UserId::new).orElseThrow(() -> new NotFoundException(USER, String.valueOf(raw)));
  }

  static ApiKeyId apiKeyId(String raw) {
    return ApiKeyId.parse(raw).orElseThrow(() -> new NotFoundException(API_KEY, String.valueOf(raw)));
  }

  static String status(AccountStatus status) {
    return lower(status.name());
  }

  static List<String> roles(Set<Role> roles) {
    return roles.stream().map(Role::name).map(UsersWire::lower).sorted().toList();
  }

  /** Role names as the API spells them (user, curator, admin); unknown names are a 422. */
  static Set<Role> parseRoles(List<String> names) {
    if (names == null) {
      throw RequestProblemException.invalid(List.of(new FieldError("roles", "is required")));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<Role> role = name == null ? Optional.empty()
          : EnumSet.allOf(Role.class).stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
      if (role.isPresent()) {
        roles.add(role.get());
      } else {
        errors.add(new FieldError("roles[" + i + "]", "must be one of user, curator, admin"));
      }
    }
    if (!errors.isEmpty()) {
      throw RequestProblemException.invalid(errors);
    }
    return roles;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** A required member of a body that binding left null. */
  static <T> T required(String field, T value) {
    if (value == null) {
      throw RequestProblemException.invalid(List.of(new FieldError(field, "is required")));
    }
    return value;
  }
}
