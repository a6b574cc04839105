package dev.cadenza.adapters.mail;

import dev.cadenza.domain.shared.model.MailMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Builds the MIME message that both mailers send: {@code multipart/mixed} with a UTF-8
 * {@code text/plain} part and one base64 part per attachment, and a Message-ID derived from
 * {@link MailMessage#messageId()} ({@link MessageIds#messageIdHeader(String)}).
 */
final class MimeMessages {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
  private static final Pattern CONTROL_CHARS = Pattern.compile("\\p{Cntrl}");

  private MimeMessages() {
  }

  /**
   * The message, with its headers final ({@code saveChanges} already called).
   *
   * @throws IllegalArgumentException when the message can never be sent: the recipient is not
   *                                  exactly one valid address, an attachment's content type does not
   *                                  parse, or the message id is empty
   * @throws MessagingException       when Jakarta Mail fails otherwise
   */
  static MimeMessage build(Session session, InternetAddress from, MailMessage mail, Instant date)
      throws MessagingException {
    InternetAddress to = parseAddress(mail.to(), "to");
    MimeMessage message = new FixedIdMimeMessage(session, MessageIds.messageIdHeader(mail.messageId()));
    message.setFrom(from);
    message.setRecipient(MimeMessage.RecipientType.TO, to);
    // a line break in a subject would end the header; user-chosen names end up in subjects
    message.setSubject(LINE_BREAKS.matcher(mail.subject()).replaceAll(" "), UTF_8);
    message.setSentDate(Date.from(date));

    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), UTF_8, "plain");
    mixed.addBodyPart(text);
    for (MailMessage.Attachment attachment : mail.attachments()) {
      mixed.addBodyPart(attachmentPart(attachment));
    }
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }

  private static MimeBodyPart attachmentPart(MailMessage.Attachment attachment) throws MessagingException {
    String contentType = attachment.contentType().strip();
    try {
      new ContentType(contentType);
    } catch (ParseException e) {
      throw new IllegalArgumentException("the attachment " + attachment.fileName()
          + " has an invalid content type: " + attachment.contentType(), e);
    }
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), contentType)));
    part.setDisposition(Part.ATTACHMENT);
    part.setFileName(CONTROL_CHARS.matcher(attachment.fileName()).replaceAll("_"));
    // binary-safe whatever the content type claims
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  /**
   * Exactly one address, parsed strictly (a domain is required, no lists, no groups).
   *
   * @throws IllegalArgumentException when {@code address} is not such an address
   */
  static InternetAddress parseAddress(String address, String role) {
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      if (parsed.isGroup()) {
        throw new IllegalArgumentException("the " + role + " address must be a mailbox, not a group: " + address);
      }
      return parsed;
    } catch (AddressException e) {
      throw new IllegalArgumentException("invalid " + role + " address '" + address + "': " + e.getMessage(), e);
    }
  }

  /** A MimeMessage whose Message-ID is the one given, instead of a random one made by saveChanges. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageIdHeader;

    FixedIdMimeMessage(Session session, String messageIdHeader) {
      super(session);
      this.messageIdHeader = messageIdHeader;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageIdHeader);
    }
  }
}
