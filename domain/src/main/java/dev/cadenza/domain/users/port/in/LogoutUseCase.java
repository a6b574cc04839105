package dev.cadenza.domain.users.port.in;

/** Ends the session the refresh token belongs to. Unknown tokens are refused like in refresh. */
public interface LogoutUseCase {
  void logout(String refreshToken);
}
