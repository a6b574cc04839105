package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.AccessDeniedException;

/** The caller may read the catalog but not change it. */
public class CatalogWritesNotAllowedException extends AccessDeniedException {
  public CatalogWritesNotAllowedException() {
    super("changing the catalog needs the curator or admin role");
  }
}
