package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of an album cover, known to be a JPEG, PNG or WebP image by their signature. Covers are
 * stored content-addressed, under {@code covers/<albumId>/<sha256-hex>.<extension>}
 * ({@link #keyFor}), so a key names exactly one image and its digest doubles as an entity tag.
 *
 * <p>The bytes are copied in and out: the value cannot be changed from outside.
 */
public record CoverImage(CoverFormat format, byte[] bytes) {

  /** The field a refused cover's violation names. */
  public static final String FIELD = "cover";
  /** The message of that violation. */
  public static final String NOT_AN_IMAGE = "must be a JPEG, PNG or WebP image";

  private static final Pattern KEY = Pattern.compile("covers/[0-9a-f-]+/([0-9a-f]{64})\\.[a-z]+");

  public CoverImage {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bytes, "bytes");
    if (CoverFormat.detect(bytes).orElse(null) != format) {
      throw new IllegalArgumentException("the bytes are not a " + format + " image");
    }
    bytes = bytes.clone();
  }

  /**
   * The image in {@code bytes}, recognised from its signature.
   *
   * @throws ValidationException (field {@value #FIELD}) for anything that is not a JPEG, PNG or
   *     WebP image, including no bytes at all, and for such an image that is truncated, damaged or
   *     claims more than {@value CoverStructure#MAX_SIDE} pixels a side (see {@link CoverStructure})
   */
  public static CoverImage of(byte[] bytes) {
    CoverFormat format = CoverFormat.detect(bytes)
        .orElseThrow(() -> ValidationException.of(FIELD, NOT_AN_IMAGE));
    CoverStructure.defect(format, bytes).ifPresent(defect -> {
      throw ValidationException.of(FIELD, NOT_AN_IMAGE + ": " + defect);
    });
    return new CoverImage(format, bytes);
  }

  /** A copy of the image's bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  public String mediaType() {
    return format.mediaType();
  }

  /** The SHA-256 digest of the bytes, as 64 lowercase hex digits. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Where this image is stored as the cover of {@code album}: {@code covers/<albumId>/<sha256>.<ext>}. */
  public String keyFor(AlbumId album) {
    Objects.requireNonNull(album, "album");
    return "covers/" + album + "/" + sha256() + "." + format.extension();
  }

  /** The digest part of a key made by {@link #keyFor}; empty for a key of another shape. */
  public static Optional<String> digestOfKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher m = KEY.matcher(key);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverImage other && other.format == format && Arrays.equals(other.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * format.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "CoverImage[" + format + ", " + bytes.length + " bytes]";
  }
}
