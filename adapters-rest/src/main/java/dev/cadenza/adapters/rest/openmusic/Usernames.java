package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import java.util.HashMap;
import java.util.Map;

/**
 * The contract names users by username where Cadenza keeps their ids (playlist owners, the actors
 * of a playlist's history). One per answer: each user is looked up once.
 */
final class Usernames {

  private final GetUserUseCase users;
  private final Actor viewer;
  private final Map<String, String> known = new HashMap<>();

  Usernames(GetUserUseCase users, Actor viewer) {
    this.users = users;
    this.viewer = viewer;
  }

  String of(UserId id) {
    return known.computeIfAbsent(id.toString(), key -> {
      try {
        return users.getUser(viewer, id).user().username().value();
      } catch (NotFoundException gone) {
        return key;
      }
    });
  }

  /**
   * An actor as the history names it: a user id becomes the username; an actor that is no user
   * ({@code anonymous}: an anonymous catalog write; {@code system}) is shown in parentheses, which no
   * username can hold, so that it never reads as an account anyone may register.
   */
  String ofActor(String actor) {
    return Uuids.parse(actor).map(uuid -> of(new UserId(uuid))).orElse("(" + actor + ")");
  }
}
