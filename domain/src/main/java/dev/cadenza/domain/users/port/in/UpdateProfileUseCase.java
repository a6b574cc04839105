package dev.cadenza.domain.users.port.in;

/** The caller changes their own full name, e-mail or password. */
public interface UpdateProfileUseCase {
  UserProfile updateProfile(UpdateProfileCommand command);
}
