package dev.cadenza.adapters.rest.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.adapters.rest.playlists.LibrarySummaryJson;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.UserProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An account. Everyone sees {@code id}, {@code username} and {@code fullName}; the user and admins
 * also see the private members, which the public view leaves out.
 */
@Schema(name = "User", description = "An account. status, roles, createdAt, updatedAt, library (and email, when the "
    + "account has one) are present only for the user themself and for admins.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada") String username,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Ada Lovelace") String fullName,
    @Schema(description = "Private; absent when the account has none.", format = "email") String email,
    @Schema(description = "Private.", allowableValues = {"active", "inactive"}) String status,
    @Schema(description = "Private; always contains user.") List<String> roles,
    @Schema(description = "Private.", format = "date-time") String createdAt,
    @Schema(description = "Private.", format = "date-time") String updatedAt,
    @Schema(description = "Private: counts of the user's library (GET /users/{id} only).") LibrarySummaryJson library) {

  static UserJson of(UserProfile profile) {
    return profile.privateView() ? privateView(profile.user()) : publicView(profile.user());
  }

  static UserJson privateView(User u) {
    return new UserJson(u.id().toString(), u.username().value(), u.fullName(), u.email().map(Email::value).orElse(null),
        UsersWire.status(u.status()), UsersWire.roles(u.roles()), u.createdAt().toString(), u.updatedAt().toString(),
        null);
  }

  static UserJson publicView(User u) {
    return new UserJson(u.id().toString(), u.username().value(), u.fullName(), null, null, null, null, null, null);
  }

  /** This account with the summary of its library. */
  UserJson withLibrary(LibrarySummaryJson summary) {
    return new UserJson(id, username, fullName, email, status, roles, createdAt, updatedAt, summary);
  }
}
