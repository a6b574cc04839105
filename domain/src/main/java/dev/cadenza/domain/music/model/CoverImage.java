package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of an album cover, known to be a JPEG, PNG or WebP image by their signature. Each upload
 * is stored under a key of its own, {@code covers/<albumId>/<sha256-hex>-<uploadId>.<extension>}
 * ({@link #keyFor}): the digest names the image (it doubles as an entity tag), and the upload id
 * makes the key unique, so an object that was replaced is never the current cover again, even when
 * the same image is uploaded once more, and removing it after the replacement cannot take a newer
 * cover with it. Keys of the earlier form {@code covers/<albumId>/<sha256-hex>.<extension>} are read
 * the same way.
 *
 * <p>The bytes are copied in and out: the value cannot be changed from outside.
 */
public record CoverImage(CoverFormat format, byte[] bytes) {

  /** The field a refused cover's violation names. */
  public static final String FIELD = "cover";
  /** The message of that violation. */
  public static final String NOT_AN_IMAGE = "must be a JPEG, PNG or WebP image";

  private static final Pattern KEY =
      Pattern.compile("covers/[0-9a-f-]+/([0-9a-f]{64})(?:-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})?\\.[a-z]+");

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

  /**
   * Where this image is stored as the cover of {@code album} by the upload {@code upload}:
   * {@code covers/<albumId>/<sha256>-<upload>.<ext>}.
   */
  public String keyFor(AlbumId album, UUID upload) {
    Objects.requireNonNull(album, "album");
    Objects.requireNonNull(upload, "upload");
    return "covers/" + album + "/" + sha256() + "-" + upload + "." + format.extension();
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
