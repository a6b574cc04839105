package dev.cadenza.domain.shared.model;

import java.util.Objects;

/**
 * An object read back from blob storage: its key, the media type it was stored with, and its bytes.
 * Objects here are small (album covers, exported playlist files), so they travel as byte arrays.
 */
public record StoredObject(String key, String contentType, byte[] bytes) {

  public StoredObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(bytes, "bytes");
  }

  public long size() {
    return bytes.length;
  }
}
