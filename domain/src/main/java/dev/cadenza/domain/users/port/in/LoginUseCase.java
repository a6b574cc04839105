package dev.cadenza.domain.users.port.in;

/**
 * Signs in: a new session with its first tokens. Unknown user, wrong password and inactive account
 * all fail the same way, in about the same time; too many failures per username or per client
 * address are refused for a while.
 */
public interface LoginUseCase {
  TokenPair login(LoginCommand command);
}
