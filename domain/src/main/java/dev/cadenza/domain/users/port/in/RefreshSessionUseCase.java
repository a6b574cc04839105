package dev.cadenza.domain.users.port.in;

/**
 * Exchanges a refresh token for new tokens, rotating the refresh token. A token already exchanged
 * once revokes its whole session.
 */
public interface RefreshSessionUseCase {
  TokenPair refresh(String refreshToken);
}
