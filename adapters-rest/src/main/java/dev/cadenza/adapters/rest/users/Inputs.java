package dev.cadenza.adapters.rest.users;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The request bodies of the accounts and sessions resources. */
public final class Inputs {

  private Inputs() {
  }

  @Schema(name = "Registration", description = "A new account.")
  public record Registration(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "3-50 of a-z, 0-9, '.', '_', '-'; unique, "
          + "case-insensitively.", example = "ada", minLength = 3, maxLength = 50) String username,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "8-128 characters by default, not the "
          + "username.", format = "password") String password,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Ada Lovelace", minLength = 1, maxLength = 100)
      String fullName,
      @Schema(description = "Unique when present; null or left out: none.", format = "email", nullable = true,
          maxLength = 254) String email) {
  }

  @Schema(name = "ProfilePatch", description = "JSON merge patch of the caller's profile: members left out keep "
      + "their value; email null removes the address. A new password needs currentPassword and ends every other "
      + "session; currentPassword, checked whenever it is sent, may confirm any other change.")
  public record ProfilePatch(@Schema(minLength = 1, maxLength = 100) String fullName,
                      @Schema(format = "email", nullable = true, maxLength = 254) String email,
                      @Schema(format = "password") String currentPassword,
                      @Schema(format = "password") String password) {
  }

  @Schema(name = "AccountStatusChange", description = "Activate or deactivate an account.")
  public record StatusChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean active) {
  }

  @Schema(name = "RolesChange", description = "The account's roles; user is always kept.")
  public record RolesChange(@ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED),
      schema = @Schema(allowableValues = {"user", "curator", "admin"})) List<String> roles) {
  }

  @Schema(name = "Credentials", description = "A sign-in.")
  public record Credentials(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password") String password) {
  }

  @Schema(name = "RefreshTokenBody", description = "A refresh token from a sign-in or a refresh.")
  public record RefreshTokenBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken) {
  }

  @Schema(name = "ApiKeyRequest", description = "A new API key.")
  public record ApiKeyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-100 characters.",
      example = "ci pipeline", minLength = 1, maxLength = 100) String name) {
  }
}
