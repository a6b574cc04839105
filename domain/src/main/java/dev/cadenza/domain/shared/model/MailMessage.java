package dev.cadenza.domain.shared.model;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail to send. {@code messageId} is a stable identity chosen by the sender (for example the
 * job it belongs to), used as the Message-ID so that a resend after a crash is recognisable as the
 * same message.
 */
public record MailMessage(String messageId, String to, String subject, String text, List<Attachment> attachments) {

  public MailMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    attachments = List.copyOf(attachments);
  }

  /** A file attached to a message. */
  public record Attachment(String fileName, String contentType, byte[] bytes) {

    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(bytes, "bytes");
    }
  }
}
