package dev.cadenza.domain.users.port.in;

/** Ends the session the refresh token belongs to. Unknown tokens are refused like in refresh. */
public interface LogoutUseCase {

  /**
   * Ends the token's session; returns whether this call ended it (false when it had ended before:
   * signed out already, rotated away, expired by a password change). Signing out twice is not an
   * error here; an adapter whose contract says otherwise can tell from the answer.
   */
  boolean logout(String refreshToken);
}
