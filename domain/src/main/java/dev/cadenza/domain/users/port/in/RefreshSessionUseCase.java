package dev.cadenza.domain.users.port.in;

/**
 * Exchanges a refresh token for new tokens, rotating the refresh token. A token already exchanged
 * once revokes its whole session. Where rotation is switched off, the answer carries a new access
 * token and the same refresh token.
 */
public interface RefreshSessionUseCase {
  TokenPair refresh(String refreshToken);
}
