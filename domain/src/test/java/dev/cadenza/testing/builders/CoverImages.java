package dev.cadenza.testing.builders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes that pass for album cover images by their signature (JPEG, PNG, WebP) and bytes that do
 * not. The bytes after the signature are a pattern derived from {@code variant}, so two variants
 * are two different images (two digests) of the same format.
 */
public final class CoverImages {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private CoverImages() {
  }

  public static byte[] jpeg(int variant) {
    return withSignature(JPEG, 64, variant);
  }

  public static byte[] png(int variant) {
    return withSignature(PNG, 64, variant);
  }

  /** A PNG of exactly {@code size} bytes (at least the 8 of its signature). */
  public static byte[] pngOfSize(int size, int variant) {
    return withSignature(PNG, size, variant);
  }

  public static byte[] webp(int variant) {
    byte[] header = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    return withSignature(header, 64, variant);
  }

  /** A text file: what a client might send labelled {@code image/jpeg}. */
  public static byte[] text() {
    return "This is not an image, whatever the Content-Type says.\n".getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withSignature(byte[] signature, int size, int variant) {
    if (size < signature.length) {
      throw new IllegalArgumentException("an image has at least its " + signature.length + " signature bytes");
    }
    byte[] bytes = Arrays.copyOf(signature, size);
    for (int i = signature.length; i < size; i++) {
      bytes[i] = (byte) (i * 31 + variant * 7);
    }
    return bytes;
  }
}
