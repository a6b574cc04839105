package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.port.in.LogoutUseCase;
import dev.cadenza.domain.users.port.out.SessionRepository;
import java.time.Clock;
import java.util.Optional;

public final class LogoutService implements LogoutUseCase {

  private final SessionRepository sessions;
  private final TransactionRunner tx;
  private final Clock clock;

  public LogoutService(SessionRepository sessions, TransactionRunner tx, Clock clock) {
    this.sessions = sessions;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public boolean logout(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new InvalidCredentialsException();
    }
    Optional<Boolean> ended = tx.inTransaction(() -> sessions.findTokenForUpdate(Secrets.sha256Hex(refreshToken))
        .map(t -> sessions.revoke(t.session(), UserSupport.now(clock))));
    return ended.orElseThrow(InvalidCredentialsException::new);
  }
}
