package dev.cadenza.domain.music.service;

import dev.cadenza.domain.shared.port.out.BlobStore;

/**
 * Removing cover images from storage once nothing refers to them. A removal that fails leaves an
 * orphaned object behind, which costs storage but breaks nothing, so it is logged, never thrown:
 * the change that made the object an orphan has been committed and must not be reported as failed.
 */
final class CoverObjects {

  private static final System.Logger LOG = System.getLogger(CoverObjects.class.getName());

  private CoverObjects() {
  }

  static void deleteQuietly(BlobStore blobs, String key) {
    try {
      blobs.delete(key);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "could not remove the cover object " + key + "; it stays orphaned", e);
    }
  }
}
