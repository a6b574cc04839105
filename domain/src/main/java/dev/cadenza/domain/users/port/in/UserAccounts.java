package dev.cadenza.domain.users.port.in;

import java.util.Objects;

/** Every incoming port of the users context, for a driving adapter. */
public record UserAccounts(
    RegisterUserUseCase register,
    GetUserUseCase getUser,
    UpdateProfileUseCase updateProfile,
    SetUserStatusUseCase setStatus,
    SetUserRolesUseCase setRoles,
    LoginUseCase login,
    RefreshSessionUseCase refresh,
    LogoutUseCase logout,
    AuthenticateUseCase authenticate,
    ManageApiKeysUseCase apiKeys,
    CreateAdminUseCase createAdmin) {

  public UserAccounts {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(getUser, "getUser");
    Objects.requireNonNull(updateProfile, "updateProfile");
    Objects.requireNonNull(setStatus, "setStatus");
    Objects.requireNonNull(setRoles, "setRoles");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(logout, "logout");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(createAdmin, "createAdmin");
  }
}
