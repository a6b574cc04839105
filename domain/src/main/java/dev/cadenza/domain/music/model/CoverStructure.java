package dev.cadenza.domain.music.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Checks that the bytes of a cover hold the whole structure of their format, without decoding the
 * picture: a truncated or damaged file, or one whose header claims an absurd size, is refused before
 * it is stored and served to every client that shows the album.
 * <ul>
 *   <li>PNG: {@code IHDR} first, every chunk whole with a correct CRC, at least one {@code IDAT}, and
 *       the file ends with {@code IEND};</li>
 *   <li>JPEG: well-formed segments up to the first scan, a frame header ({@code SOFn}) with the
 *       dimensions, and an end-of-image marker after the scan data;</li>
 *   <li>WebP: the RIFF length is the file's, and the first chunk ({@code VP8 }, {@code VP8L} or
 *       {@code VP8X}) is whole and gives the dimensions.</li>
 * </ul>
 * Each side must be 1 to {@value #MAX_SIDE} pixels.
 */
final class CoverStructure {

  /** The largest width or height of a cover (also WebP's own limit, plus one). */
  static final int MAX_SIDE = 16_384;

  private CoverStructure() {
  }

  /** What is wrong with {@code bytes} as a {@code format} image; empty when nothing is. */
  static Optional<String> defect(CoverFormat format, byte[] bytes) {
    String defect = switch (format) {
      case PNG -> png(bytes);
      case JPEG -> jpeg(bytes);
      case WEBP -> webp(bytes);
    };
    return Optional.ofNullable(defect);
  }

  private static String png(byte[] b) {
    int pos = 8;
    boolean first = true;
    boolean data = false;
    while (true) {
      if (pos + 12 > b.length) {
        return "the PNG ends before its IEND chunk";
      }
      long length = u32(b, pos);
      if (length > b.length - pos - 12L) {
        return "the PNG ends inside a chunk";
      }
      String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
      CRC32 crc = new CRC32();
      crc.update(b, pos + 4, 4 + (int) length);
      if (crc.getValue() != u32(b, pos + 8 + (int) length)) {
        return "the PNG's " + printable(type) + " chunk is damaged (its CRC does not match)";
      }
      if (first) {
        if (!"IHDR".equals(type) || length != 13) {
          return "the PNG does not start with its IHDR chunk";
        }
        String size = sides(u32(b, pos + 8), u32(b, pos + 12));
        if (size != null) {
          return size;
        }
        first = false;
      }
      data |= "IDAT".equals(type);
      pos += 12 + (int) length;
      if ("IEND".equals(type)) {
        if (!data) {
          return "the PNG has no image data (IDAT)";
        }
        return pos == b.length ? null : "the PNG has bytes after its IEND chunk";
      }
    }
  }

  private static String jpeg(byte[] b) {
    int pos = 2;
    boolean frame = false;
    while (true) {
      if (pos + 2 > b.length) {
        return "the JPEG ends before its image data";
      }
      if ((b[pos] & 0xFF) != 0xFF) {
        return "the JPEG's segments are damaged";
      }
      int marker = b[pos + 1] & 0xFF;
      if (marker == 0xFF) {
        pos++;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
        pos += 2;
        continue;
      }
      if (marker == 0xD9) {
        return "the JPEG ends before its image data";
      }
      if (pos + 4 > b.length) {
        return "the JPEG ends inside a segment";
      }
      int length = u16(b, pos + 2);
      if (length < 2 || pos + 2 + length > b.length) {
        return "the JPEG ends inside a segment";
      }
      if (isFrame(marker)) {
        if (length < 8) {
          return "the JPEG's frame header is damaged";
        }
        String size = sides(u16(b, pos + 7), u16(b, pos + 5));
        if (size != null) {
          return size;
        }
        frame = true;
      }
      pos += 2 + length;
      if (marker == 0xDA) {
        if (!frame) {
          return "the JPEG has no frame header (SOF) before its image data";
        }
        for (int i = pos; i + 1 < b.length; i++) {
          if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
            return null;
          }
        }
        return "the JPEG ends before its end-of-image marker";
      }
    }
  }

  /** SOF0-3, 5-7, 9-11, 13-15: the markers whose segment is a frame header. */
  private static boolean isFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  private static String webp(byte[] b) {
    if (b.length < 20 || 8 + u32le(b, 4) != b.length) {
      return "the WebP's RIFF length is not the file's";
    }
    String chunk = new String(b, 12, 4, StandardCharsets.ISO_8859_1);
    long size = u32le(b, 16);
    if (size > b.length - 20L) {
      return "the WebP ends inside its " + printable(chunk) + " chunk";
    }
    if (chunk.equals("VP8X")) {
      return size < 10 ? "the WebP's VP8X chunk is damaged"
          : firstOf(sides(1 + u24le(b, 24), 1 + u24le(b, 27)), pictureIn(b, 20 + size + (size & 1), b.length));
    }
    if (chunk.equals("VP8L") || chunk.equals("VP8 ")) {
      return picture(b, 20, chunk, size);
    }
    return "the WebP starts with a " + printable(chunk) + " chunk, not VP8, VP8L or VP8X";
  }

  /** What is wrong with a {@code VP8 } or {@code VP8L} chunk whose {@code size} bytes start at {@code at}. */
  private static String picture(byte[] b, int at, String chunk, long size) {
    if (chunk.equals("VP8L")) {
      return size < 5 || (b[at] & 0xFF) != 0x2F ? "the WebP's VP8L chunk is damaged"
          : sides(1 + (u32le(b, at + 1) & 0x3FFF), 1 + ((u32le(b, at + 1) >> 14) & 0x3FFF));
    }
    return size < 10 || (b[at + 3] & 0xFF) != 0x9D || (b[at + 4] & 0xFF) != 0x01 || (b[at + 5] & 0xFF) != 0x2A
        ? "the WebP's VP8 chunk is damaged"
        : sides(u16le(b, at + 6) & 0x3FFF, u16le(b, at + 8) & 0x3FFF);
  }

  /**
   * The chunks from {@code from} to {@code to} (after an extended WebP's VP8X header, or inside an
   * animation frame): each whole, and among them the picture, a valid {@code VP8 } or {@code VP8L}
   * chunk or an animation frame ({@code ANMF}) that holds one, which the header does not.
   */
  private static String pictureIn(byte[] b, long from, long to) {
    boolean found = false;
    long pos = from;
    while (pos < to) {
      if (pos + 8 > to) {
        return "the WebP ends inside a chunk header";
      }
      String chunk = new String(b, (int) pos, 4, StandardCharsets.ISO_8859_1);
      long size = u32le(b, (int) pos + 4);
      if (size > to - pos - 8) {
        return "the WebP ends inside its " + printable(chunk) + " chunk";
      }
      int at = (int) pos + 8;
      String defect = switch (chunk) {
        case "VP8 ", "VP8L" -> picture(b, at, chunk, size);
        // an animation frame: 16 bytes of position, size and timing, then the frame's own chunks
        case "ANMF" -> size < 16 ? "the WebP's ANMF chunk is damaged" : pictureIn(b, at + 16, at + size);
        default -> null;
      };
      if (defect != null) {
        return defect;
      }
      found |= chunk.equals("VP8 ") || chunk.equals("VP8L") || chunk.equals("ANMF");
      pos += 8 + size + (size & 1);
    }
    return found ? null : "the WebP has no image data (no VP8, VP8L or animation frame chunk)";
  }

  private static String firstOf(String defect, String other) {
    return defect != null ? defect : other;
  }

  private static String sides(long width, long height) {
    if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
      return "the image claims to be " + width + "x" + height + " pixels; each side must be 1 to " + MAX_SIDE;
    }
    return null;
  }

  private static String printable(String fourcc) {
    return fourcc.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? fourcc.strip() : "unnamed";
  }

  private static long u32(byte[] b, int at) {
    return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  private static long u32le(byte[] b, int at) {
    return (b[at] & 0xFFL) | ((b[at + 1] & 0xFFL) << 8) | ((b[at + 2] & 0xFFL) << 16) | ((b[at + 3] & 0xFFL) << 24);
  }

  private static long u24le(byte[] b, int at) {
    return (b[at] & 0xFFL) | ((b[at + 1] & 0xFFL) << 8) | ((b[at + 2] & 0xFFL) << 16);
  }

  private static int u16le(byte[] b, int at) {
    return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
  }
}
