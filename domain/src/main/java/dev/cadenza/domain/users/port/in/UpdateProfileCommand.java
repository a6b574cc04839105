package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.users.model.SessionId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Changes the caller's own profile. A new password needs the current one; changing it ends every
 * other session of the user ({@code currentSession} stays signed in). A wrong current password counts
 * as a failed sign-in, for the username and for {@code clientAddress} (the caller's address, as for
 * {@link LoginCommand}; {@code null} when not known, then only the username counts). With an
 * {@code expectedVersion} the change applies only to that version of the account
 * ({@link dev.cadenza.domain.shared.model.PreconditionFailedException} otherwise).
 */
public record UpdateProfileCommand(Actor actor, Optional<SessionId> currentSession, Change<String> fullName,
                                   Change<String> email, Optional<String> currentPassword,
                                   Optional<String> newPassword, String clientAddress,
                                   OptionalLong expectedVersion) {
  public UpdateProfileCommand {
    Objects.requireNonNull(actor, "actor");
    currentSession = currentSession == null ? Optional.empty() : currentSession;
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(email, "email");
    currentPassword = currentPassword == null ? Optional.empty() : currentPassword;
    newPassword = newPassword == null ? Optional.empty() : newPassword;
    expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
  }

  /** A change to whatever version the account is at. */
  public UpdateProfileCommand(Actor actor, Optional<SessionId> currentSession, Change<String> fullName,
                              Change<String> email, Optional<String> currentPassword, Optional<String> newPassword,
                              String clientAddress) {
    this(actor, currentSession, fullName, email, currentPassword, newPassword, clientAddress, OptionalLong.empty());
  }

  @Override
  public String toString() {
    return "UpdateProfileCommand[" + actor.auditName() + " from " + clientAddress + ", passwords hidden]";
  }
}
