package dev.cadenza.adapters.mail;

import dev.cadenza.domain.shared.model.MailMessage;
import dev.cadenza.domain.shared.port.out.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * "Sends" mail by writing it as an RFC 822 {@code .eml} file into a directory, for installations
 * without an SMTP server (and for development: any mail client opens the files).
 *
 * <p>The file holds the same MIME message that {@link SmtpMailer} would send. Its name is the
 * message id made safe for file systems ({@code job-42.eml} for {@code job-42}; other characters
 * are escaped as {@code %XX}, very long ids are shortened with a digest, see {@link MessageIds}).
 * Because the name depends only on the message id, sending the same message again replaces the file
 * instead of adding a second one. A file is written to a temporary file in the same directory
 * ({@code .outbox-*.tmp}), forced to disk and then renamed atomically, so a reader never sees half a
 * message. On a case-insensitive file system, ids differing only in case share a file.
 *
 * <p>Failures: {@link IllegalArgumentException} for a message that can never be sent (see
 * {@link SmtpMailer}), {@link MailDeliveryException} when the file cannot be written.
 */
public final class OutboxMailer implements Mailer {

  /** The sender written into the files when none is configured. */
  public static final String DEFAULT_FROM = "cadenza@localhost";

  private static final String EXTENSION = ".eml";

  private final Path directory;
  private final InternetAddress from;
  private final Session session;
  private final Clock clock;

  /** Writes into {@code directory}, from {@link #DEFAULT_FROM}. */
  public OutboxMailer(Path directory) {
    this(directory, DEFAULT_FROM);
  }

  /**
   * Writes into {@code directory} (created now if missing), with {@code from} as the sender.
   *
   * @throws IllegalArgumentException when {@code from} is not a valid address
   * @throws UncheckedIOException     when the directory cannot be created
   */
  public OutboxMailer(Path directory, String from) {
    this(directory, from, Clock.systemUTC());
  }

  /** As {@link #OutboxMailer(Path, String)}, with the clock that dates the messages. */
  public OutboxMailer(Path directory, String from, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    this.from = MimeMessages.parseAddress(Objects.requireNonNull(from, "from"), "from");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.session = Session.getInstance(new Properties());
    try {
      Files.createDirectories(this.directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the outbox directory " + this.directory, e);
    }
  }

  /** The directory the files go to. */
  public Path directory() {
    return directory;
  }

  /** The file that a message with this id is written to. */
  public Path fileFor(String messageId) {
    return directory.resolve(MessageIds.encode(messageId) + EXTENSION);
  }

  @Override
  public void send(MailMessage message) {
    Objects.requireNonNull(message, "message");
    Path target = fileFor(message.messageId());
    Path temp = null;
    try {
      MimeMessage mime = MimeMessages.build(session, from, message, clock.instant());
      Files.createDirectories(directory);
      temp = Files.createTempFile(directory, ".outbox-", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = Channels.newOutputStream(channel);
        mime.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException | MessagingException e) {
      throw new MailDeliveryException("could not write mail " + message.messageId() + " to " + target
          + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the send already failed; a leftover .tmp file is harmless
        }
      }
    }
  }

  @Override
  public String kind() {
    return "outbox";
  }

  @Override
  public String toString() {
    return "OutboxMailer[" + directory + "]";
  }
}
