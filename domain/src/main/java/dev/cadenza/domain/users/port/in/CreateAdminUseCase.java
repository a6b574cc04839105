package dev.cadenza.domain.users.port.in;

import java.util.Optional;

/**
 * Creates the first administrator (for the {@code create-admin} command and container start-up).
 * Does nothing and returns empty when an admin exists already.
 */
public interface CreateAdminUseCase {
  Optional<UserProfile> createAdminIfNone(String username, String password, String fullName);
}
