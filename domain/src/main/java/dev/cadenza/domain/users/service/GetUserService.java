package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.UserRepository;

public final class GetUserService implements GetUserUseCase {

  private final UserRepository users;

  public GetUserService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserProfile getUser(Actor viewer, UserId id) {
    return users.findById(id)
        .map(u -> new UserProfile(u, Access.isSelfOrAdmin(viewer, id)))
        .orElseThrow(() -> new NotFoundException(UserSupport.USER, id.toString()));
  }
}
