package dev.cadenza.domain.music.model;

import java.util.Optional;

/**
 * The image formats an album cover may have, each recognised from the first bytes of the image (its
 * signature), never from what a client claims the content type is.
 */
public enum CoverFormat {
  /** {@code FF D8 FF}. */
  JPEG("image/jpeg", "jpg"),
  /** {@code 89 50 4E 47 0D 0A 1A 0A}. */
  PNG("image/png", "png"),
  /** {@code RIFF}, four bytes of length, {@code WEBP}. */
  WEBP("image/webp", "webp");

  private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP_TAG = {'W', 'E', 'B', 'P'};

  private final String mediaType;
  private final String extension;

  CoverFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type to store and serve the image with, such as {@code image/png}. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, without a dot: {@code jpg}, {@code png}, {@code webp}. */
  public String extension() {
    return extension;
  }

  /** The format whose signature {@code bytes} start with; empty for anything else. */
  public static Optional<CoverFormat> detect(byte[] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_TAG)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
    if (bytes.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[offset + i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
