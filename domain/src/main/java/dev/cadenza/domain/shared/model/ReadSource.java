package dev.cadenza.domain.shared.model;

/**
 * Where a read was answered from: a cache, or the database. Cache adapters report each read they
 * serve to a listener the composition root gives them; a driving adapter can show it (the REST
 * adapter's {@code X-Data-Source} header). Observability only: no use case depends on it.
 */
public enum ReadSource {
  CACHE, DATABASE
}
