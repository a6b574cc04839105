package dev.cadenza.adapters.storage;

import java.util.regex.Pattern;

/**
 * The key rules of the {@link dev.cadenza.domain.shared.port.out.BlobStore} port, shared by the
 * storage adapters: one or more {@code /}-separated segments of lowercase ASCII letters, digits,
 * {@code -}, {@code _} and {@code .}; no leading, trailing or doubled {@code /}; no {@code ..}
 * anywhere; no segment that is a lone {@code .}, which a file system would read as "this folder"
 * (so {@code a/./b} and {@code a/b} would name the same file); at most {@link #MAX_LENGTH}
 * characters in all and {@link #MAX_SEGMENT_LENGTH} in a segment.
 */
public final class BlobKeys {

  private static final Pattern KEY = Pattern.compile("[a-z0-9_.-]+(/[a-z0-9_.-]+)*");

  /** The longest key accepted: S3 allows 1024 bytes, which leaves room for a key prefix. */
  public static final int MAX_LENGTH = 512;

  /**
   * The longest segment accepted: file systems allow 255 bytes in a name, which leaves room for the
   * suffix of the file system store's content-type file.
   */
  public static final int MAX_SEGMENT_LENGTH = 200;

  private BlobKeys() {
  }

  /** Whether {@code key} follows the rules; {@code null} does not. */
  public static boolean isValid(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || key.contains("..")) {
      return false;
    }
    if (!KEY.matcher(key).matches()) {
      return false;
    }
    for (String segment : key.split("/", -1)) {
      if (segment.equals(".") || segment.length() > MAX_SEGMENT_LENGTH) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code key} when it is valid.
   *
   * @throws IllegalArgumentException when it is not (also for {@code null})
   */
  public static String requireValid(String key) {
    if (!isValid(key)) {
      throw new IllegalArgumentException("invalid blob key: " + describe(key));
    }
    return key;
  }

  private static String describe(String key) {
    if (key == null) {
      return "null";
    }
    String shown = key.length() > 80 ? key.substring(0, 80) + "..." : key;
    return "'" + shown + "'";
  }
}
