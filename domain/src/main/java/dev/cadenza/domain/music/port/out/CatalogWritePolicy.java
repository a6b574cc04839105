package dev.cadenza.domain.music.port.out;

import dev.cadenza.domain.music.model.CatalogWritesNotAllowedException;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;

/**
 * Decides who may change the catalog. Every catalog-writing service asks it first; it throws to
 * refuse. {@link #curatorsAndAdmins()} is the service's rule; embedders may plug their own.
 * {@link #anyone()} lets every caller write, anonymous ones included, as the OpenMusic contract does.
 */
public interface CatalogWritePolicy {

  void checkCanWrite(Actor actor);

  /** Signed-in curators and admins may write; others must sign in or are refused. */
  static CatalogWritePolicy curatorsAndAdmins() {
    return actor -> {
      if (actor.kind() == Actor.Kind.SYSTEM) {
        return;
      }
      Access.requireUser(actor);
      if (!actor.hasRole(Role.CURATOR) && !actor.hasRole(Role.ADMIN)) {
        throw new CatalogWritesNotAllowedException();
      }
    };
  }

  /** Everyone may write the catalog, also without signing in (the writes are audited as anonymous). */
  static CatalogWritePolicy anyone() {
    return actor -> {
    };
  }
}
