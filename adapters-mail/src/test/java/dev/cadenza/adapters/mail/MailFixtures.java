package dev.cadenza.adapters.mail;

import dev.cadenza.domain.shared.model.MailMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Messages shared by the mailer tests. */
final class MailFixtures {

  static final Instant NOW = Instant.parse("2025-03-14T15:09:26Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static final String TEXT = "Hallo Ada,\r\n\r\ndeine Playlist „Grüße“ ist fertig \uD83C\uDFB5\r\n.\r\nEnde";
  static final String SUBJECT = "Deine Playlist „Grüße“ \uD83C\uDFB5";

  private MailFixtures() {
  }

  /** Every byte value, plus sequences that mean something in SMTP and in text transfer encodings. */
  static byte[] binary() {
    byte[] tail = "\r\n.\r\n\n.\n\r\r\n=\r\nEND".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[512 + tail.length];
    for (int i = 0; i < 512; i++) {
      bytes[i] = (byte) (255 - i % 256);
    }
    System.arraycopy(tail, 0, bytes, 512, tail.length);
    return bytes;
  }

  static byte[] csv() {
    return "song;plays\nÄrger;3\n".getBytes(StandardCharsets.UTF_8);
  }

  static MailMessage message(String messageId, String to) {
    return new MailMessage(messageId, to, SUBJECT, TEXT, List.of(
        new MailMessage.Attachment("export-ü.bin", "application/octet-stream", binary()),
        new MailMessage.Attachment("plays.csv", "text/csv; charset=UTF-8", csv())));
  }

  static MailMessage plain(String messageId, String to, String subject) {
    return new MailMessage(messageId, to, subject, "text", List.of());
  }
}
