package dev.cadenza.adapters.mail;

import dev.cadenza.domain.shared.model.MailMessage;
import dev.cadenza.domain.shared.port.out.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends mail to an SMTP server through Jakarta Mail (Angus Mail), one connection per message.
 *
 * <p>Each message is {@code multipart/mixed}: the text as a UTF-8 {@code text/plain} part, then one
 * base64 part per attachment with its file name and content type. Its Message-ID is derived from
 * {@link MailMessage#messageId()} ({@code <job-42@cadenza>} for {@code job-42}; other characters are
 * escaped, see {@link MessageIds}), so a resend of the same message carries the same Message-ID.
 *
 * <p>Failures:
 * <ul>
 *   <li>{@link IllegalArgumentException} when the message can never be sent as it is: the recipient
 *       is not exactly one syntactically valid address, an attachment's content type does not parse,
 *       or the message id is empty. Retrying does not help; nothing was sent.</li>
 *   <li>{@link MailDeliveryException} (wrapping the {@link MessagingException}) when the server is
 *       unreachable or slow beyond {@link SmtpSettings#timeout()}, refuses the login, or rejects
 *       the message. Worth retrying later.</li>
 * </ul>
 *
 * <p>Thread-safe. Calls block for up to a few times the timeout: never call from a transaction.
 */
public final class SmtpMailer implements Mailer {

  private final SmtpSettings settings;
  private final InternetAddress from;
  private final Session session;
  private final String protocol;
  private final Clock clock;

  public SmtpMailer(SmtpSettings settings) {
    this(settings, Clock.systemUTC());
  }

  /** With the clock that dates the messages. */
  public SmtpMailer(SmtpSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.from = MimeMessages.parseAddress(settings.from(), "from");
    this.protocol = settings.tls() == SmtpSettings.TlsMode.SMTPS ? "smtps" : "smtp";
    this.session = Session.getInstance(sessionProperties(settings, protocol));
  }

  private static Properties sessionProperties(SmtpSettings settings, String protocol) {
    String prefix = "mail." + protocol + ".";
    String millis = Long.toString(settings.timeout().toMillis());
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty(prefix + "host", settings.host());
    p.setProperty(prefix + "port", Integer.toString(settings.port()));
    p.setProperty(prefix + "connectiontimeout", millis);
    p.setProperty(prefix + "timeout", millis);
    p.setProperty(prefix + "writetimeout", millis);
    p.setProperty(prefix + "auth", Boolean.toString(settings.username().isPresent()));
    switch (settings.tls()) {
      case NONE -> { }
      case STARTTLS -> {
        p.setProperty(prefix + "starttls.enable", "true");
        p.setProperty(prefix + "starttls.required", "true");
        p.setProperty(prefix + "ssl.checkserveridentity", "true");
      }
      case SMTPS -> {
        p.setProperty(prefix + "ssl.enable", "true");
        p.setProperty(prefix + "ssl.checkserveridentity", "true");
      }
    }
    return p;
  }

  @Override
  public void send(MailMessage message) {
    Objects.requireNonNull(message, "message");
    try {
      MimeMessage mime = MimeMessages.build(session, from, message, clock.instant());
      Transport transport = session.getTransport(protocol);
      try {
        transport.connect(settings.host(), settings.port(),
            settings.username().orElse(null), settings.password().orElse(null));
        transport.sendMessage(mime, mime.getAllRecipients());
      } finally {
        closeQuietly(transport);
      }
    } catch (MessagingException e) {
      throw new MailDeliveryException("could not send mail " + message.messageId() + " through "
          + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Once the server has accepted the message, a failing QUIT must not make the caller send it
   * again; when sending failed, that failure is the one to report.
   */
  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // see the method comment
    }
  }

  @Override
  public String kind() {
    return "smtp";
  }

  @Override
  public String toString() {
    return "SmtpMailer[" + settings.host() + ":" + settings.port() + ", tls=" + settings.tls() + "]";
  }
}
