package dev.cadenza.domain.playlists.model;

import java.util.Objects;

/** An export's finished file, as offered for download. */
public record ExportFile(String fileName, String contentType, byte[] bytes) {
  public ExportFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
