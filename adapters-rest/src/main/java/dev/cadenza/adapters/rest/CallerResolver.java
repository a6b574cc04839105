package dev.cadenza.adapters.rest;

import dev.cadenza.domain.shared.model.Actor;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Tells who is calling: reads the request's credentials and answers the {@link Actor} the use cases
 * act for. Runs once per matched request, before the resource method. An implementation rejects bad
 * credentials by throwing a {@link dev.cadenza.domain.shared.model.DomainException} of kind
 * {@code UNAUTHENTICATED} (answered with {@code 401} and {@code WWW-Authenticate: Bearer}).
 */
@FunctionalInterface
public interface CallerResolver {

  Actor resolve(ContainerRequestContext request);

  /** Every caller is anonymous: the resolver to use until authentication exists. */
  static CallerResolver anonymous() {
    return request -> Actor.anonymous();
  }
}
