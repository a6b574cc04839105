package dev.cadenza.adapters.rest.http;

import dev.cadenza.domain.music.port.in.CheckCatalogWriteUseCase;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * Asks the catalog's write policy about the caller of every {@link CatalogWrite} method before the
 * body is read: a caller who may not write hears 401 or 403, not what is wrong with the change.
 */
public final class CatalogWriteCheck implements DynamicFeature {

  private final CheckCatalogWriteUseCase check;

  public CatalogWriteCheck(CheckCatalogWriteUseCase check) {
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(CatalogWrite.class)) {
      ContainerRequestFilter filter = request -> check.checkCanWriteCatalog(CallerFilter.caller(request));
      context.register(filter, Priorities.AUTHORIZATION);
    }
  }
}
