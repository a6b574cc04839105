package dev.cadenza.domain.music.port.out;

import dev.cadenza.domain.shared.model.Actor;

/**
 * Decides who may change the catalog. Every catalog-writing service asks it first; it throws
 * {@link dev.cadenza.domain.music.model.CatalogWritesNotAllowedException} to refuse.
 */
public interface CatalogWritePolicy {
  void checkCanWrite(Actor actor);
}
