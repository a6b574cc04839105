package dev.cadenza.adapters.rest.users;

import dev.cadenza.adapters.rest.http.ContentTags;
import dev.cadenza.adapters.rest.http.EntityTags;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.playlists.model.LibrarySummary;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.UserProfile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translations between the users context's types and their wire forms. */
final class UsersWire {

  static final String USER = "User";
  static final String API_KEY = "ApiKey";
  /** Account representations differ by who asks (public or private view). */
  static final String VARY = "Authorization, X-API-Key";

  /**
   * The tags of an account's private views: the version, then the library's counts where shown
   * (see the etag methods). Public views' tags name no version, so they guard no change.
   */
  private static final Pattern USER_TAG = Pattern.compile("([1-9]\\d{0,17})(?:-\\d{1,18}\\.\\d{1,18}\\.\\d{1,18})?");

  private UsersWire() {
  }

  /** A path id: malformed answers the same 404 as unknown. */
  static UserId userId(String raw) {
    return Uuids.parse(raw).map(UserId::new).orElseThrow(() -> new NotFoundException(USER, String.valueOf(raw)));
  }

  /**
   * An account's strong entity tag as one viewer sees it: the version for the private view
   * ({@code /me}, and the answers of changes). The public view, another representation of the same
   * account, is tagged by what it shows ({@code p-} and a digest of id, username and full name), so
   * its tag does not move when only private data changes (a new e-mail, password or role would
   * otherwise show up as a new tag to anyone).
   */
  static String etag(UserProfile profile) {
    return profile.privateView() ? privateEtag(profile.user()) : EntityTags.strong(publicTag(profile.user()));
  }

  /** The tag of the account as its holder and admins see it: its version. */
  static String privateEtag(User user) {
    return EntityTags.strong(Long.toString(user.version()));
  }

  private static String publicTag(User user) {
    String shown = user.id() + "\0" + user.username().value() + "\0" + user.fullName();
    return ContentTags.digest("p-", shown.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The tag of a private view that also shows the library's counts ({@code GET /users/{id}}): they
   * change without the account's version changing.
   */
  static String etag(UserProfile profile, Optional<LibrarySummary> library) {
    if (!profile.privateView() || library.isEmpty()) {
      return etag(profile);
    }
    LibrarySummary s = library.get();
    return EntityTags.strong(profile.user().version() + "-" + s.savedSongs() + "." + s.listenedSongs() + "."
        + s.playlists());
  }

  /** An account as a {@code 412} shows it: the view and its tag. */
  static Representations.Representation represent(UserProfile profile) {
    return new Representations.Representation(UserJson.of(profile), etag(profile));
  }

  /** The account version a change must apply to, from {@code If-Match} (see {@link Preconditions#expectedVersion}). */
  static OptionalLong expectedVersion(String ifMatch, Supplier<UserProfile> current) {
    return Preconditions.expectedVersion(ifMatch, UsersWire::versionOfTag, current, p -> p.user().version(),
        UsersWire::represent);
  }

  /** The account version an {@code If-Match} tag names; the rest of the tag does not guard changes. */
  static OptionalLong versionOfTag(String opaque) {
    Matcher m = USER_TAG.matcher(opaque);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
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
      // in any case, but ASCII only: equalsIgnoreCase alone takes "admİn" (dotted capital I) for admin
      Optional<Role> role = name == null || !name.chars().allMatch(c -> c < 0x80) ? Optional.empty()
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
