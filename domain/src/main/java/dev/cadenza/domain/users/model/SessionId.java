package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a sign-in session: the family of refresh tokens rotated from one sign-in. */
public record SessionId(UUID value) {
  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  public static SessionId generate(Clock clock) {
    return new SessionId(Uuids.v7(clock));
  }

  public static Optional<SessionId> parse(String text) {
    return Uuids.parse(text).map(SessionId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
