package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.shared.model.Actor;

/**
 * Whether a caller may change the catalog at all, by the same policy the writing use cases follow.
 * A driving adapter asks it before it reads a change, so that a caller who may not write hears that
 * (must sign in, or is refused) rather than what is wrong with the change; every writing use case
 * asks the policy again.
 */
public interface CheckCatalogWriteUseCase {

  /** Returns when {@code actor} may write the catalog; throws the policy's refusal otherwise. */
  void checkCanWriteCatalog(Actor actor);
}
