package dev.cadenza.testing.builders;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Album cover images (JPEG, PNG, WebP) whole in their structure, as the domain checks it (chunks,
 * segments, lengths, CRCs, dimensions), and bytes that are not images. The picture data is a pattern
 * derived from {@code variant}, so two variants are two different images (two digests) of one format.
 */
public final class CoverImages {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  /** Signature, IHDR, an empty IDAT and IEND. */
  public static final int SMALLEST_PNG = 8 + 25 + 12 + 12;

  private CoverImages() {
  }

  public static byte[] jpeg(int variant) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
    // SOF0: 8-bit, height 16, width 16 + variant % 64, three components
    int width = 16 + Math.floorMod(variant, 64);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0x00, 0x11, 0x08, 0x00, 0x10, (byte) (width >> 8),
        (byte) width, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01});
    // SOS, then scan data (no 0xFF byte in it), then EOI
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00,
        0x3F, 0x00});
    out.writeBytes(pattern(40, variant, 0x7F));
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  public static byte[] png(int variant) {
    return pngOfSize(SMALLEST_PNG + 32, variant);
  }

  /** A PNG of exactly {@code size} bytes (at least {@link #SMALLEST_PNG}): the IDAT takes the rest. */
  public static byte[] pngOfSize(int size, int variant) {
    if (size < SMALLEST_PNG) {
      throw new IllegalArgumentException("a PNG has at least " + SMALLEST_PNG + " bytes");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(PNG_SIGNATURE);
    ByteBuffer header = ByteBuffer.allocate(13).putInt(1 + Math.floorMod(variant, 512)).putInt(1)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", pattern(size - SMALLEST_PNG, variant, 0xFF));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  public static byte[] webp(int variant) {
    // VP8L: signature 0x2F, then width - 1 and height - 1 in 14 bits each
    byte[] data = pattern(32, variant, 0xFF);
    data[0] = 0x2F;
    int dims = Math.floorMod(variant, 256) | (15 << 14);
    ByteBuffer.wrap(data, 1, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(dims);
    ByteBuffer file = ByteBuffer.allocate(20 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    file.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(12 + data.length)
        .put("WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data);
    return file.array();
  }

  /** A text file: what a client might send labelled {@code image/jpeg}. */
  public static byte[] text() {
    return "This is not an image, whatever the Content-Type says.\n".getBytes(StandardCharsets.UTF_8);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] pattern(int size, int variant, int mask) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ((i * 31 + variant * 7) & mask);
    }
    return bytes;
  }
}
