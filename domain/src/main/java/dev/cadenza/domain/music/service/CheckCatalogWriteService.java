package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.port.in.CheckCatalogWriteUseCase;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

/** Asks the catalog's write policy, as the writing services do. */
public final class CheckCatalogWriteService implements CheckCatalogWriteUseCase {

  private final CatalogWritePolicy policy;

  public CheckCatalogWriteService(CatalogWritePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public void checkCanWriteCatalog(Actor actor) {
    policy.checkCanWrite(actor);
  }
}
