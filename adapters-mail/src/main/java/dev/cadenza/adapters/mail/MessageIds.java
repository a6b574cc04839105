package dev.cadenza.adapters.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a {@code MailMessage.messageId()}, which may be any string, into the left part of a
 * Message-ID header and into a file name.
 *
 * <p>The encoding keeps ASCII letters, digits, {@code -} and {@code _}, keeps a {@code .} that
 * stands between two kept characters, and writes every other UTF-8 byte as {@code %XX}. The result
 * is an RFC 5322 {@code dot-atom-text} and a file name that is safe on common file systems (no
 * separators, no leading dot, no control characters), and the encoding can be undone, so two
 * different ids never share an encoding. An encoding longer than the limit is cut and ends in
 * {@code ~} and a SHA-256 digest of the whole id; {@code ~} never occurs in an uncut encoding, so
 * cut and uncut encodings cannot collide either.
 */
final class MessageIds {

  /** The longest encoded id used in a Message-ID or a file name (before {@code @cadenza}, {@code .eml}). */
  static final int MAX_LENGTH = 160;

  /** The right part of every Message-ID the adapter writes. */
  static final String DOMAIN = "cadenza";

  private static final int DIGEST_HEX_CHARS = 32;

  private MessageIds() {
  }

  /** The Message-ID header value for a message id: {@code <encoded@cadenza>}. */
  static String messageIdHeader(String messageId) {
    return "<" + encode(messageId) + "@" + DOMAIN + ">";
  }

  /** The encoding described in the class comment, at most {@link #MAX_LENGTH} characters long. */
  static String encode(String messageId) {
    if (messageId.isEmpty()) {
      throw new IllegalArgumentException("the messageId of a mail must not be empty");
    }
    byte[] bytes = messageId.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean keep = isKept(b)
          || b == '.' && i > 0 && i < bytes.length - 1 && isKept(bytes[i - 1] & 0xff) && isKept(bytes[i + 1] & 0xff);
      if (keep) {
        out.append((char) b);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    if (out.length() <= MAX_LENGTH) {
      return out.toString();
    }
    String digest = sha256Hex(bytes).substring(0, DIGEST_HEX_CHARS);
    int keep = MAX_LENGTH - 1 - digest.length();
    // do not cut a %XX escape in half, nor end the kept part with a dot
    while (keep > 0 && (out.charAt(keep - 1) == '%' || keep > 1 && out.charAt(keep - 2) == '%'
        || out.charAt(keep - 1) == '.')) {
      keep--;
    }
    return out.substring(0, keep) + "~" + digest;
  }

  private static boolean isKept(int b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_';
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
