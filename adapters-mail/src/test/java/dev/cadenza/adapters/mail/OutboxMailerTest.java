package dev.cadenza.adapters.mail;

import static dev.cadenza.adapters.mail.MailFixtures.CLOCK;
import static dev.cadenza.adapters.mail.MailFixtures.NOW;
import static dev.cadenza.adapters.mail.MailFixtures.SUBJECT;
import static dev.cadenza.adapters.mail.MailFixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.MailMessage;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {

  private static final String FROM = "Cadenza <noreply@cadenza.test>";
  private static final String TO = "ada@cadenza.test";

  @TempDir
  Path temp;

  private static MimeMessage parse(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }

  private static List<String> namesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAnEmlFileThatParsesBackToTheSameMessage() throws Exception {
    Path outbox = temp.resolve("data").resolve("outbox");
    OutboxMailer mailer = new OutboxMailer(outbox, FROM, CLOCK);

    mailer.send(MailFixtures.message("job-42", TO));

    assertThat(namesIn(outbox)).containsExactly("job-42.eml");
    MimeMessage parsed = parse(outbox.resolve("job-42.eml"));
    assertThat(parsed.getSubject()).isEqualTo(SUBJECT);
    assertThat(parsed.getFrom()).containsExactly(new InternetAddress(FROM));
    assertThat(parsed.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(TO));
    assertThat(parsed.getMessageID()).isEqualTo("<job-42@cadenza>");
    assertThat(parsed.getSentDate()).isEqualTo(Date.from(NOW));

    MimeMultipart parts = (MimeMultipart) parsed.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo(TEXT);
    MimeBodyPart binary = (MimeBodyPart) parts.getBodyPart(1);
    assertThat(binary.getFileName()).isEqualTo("export-ü.bin");
    assertThat(binary.isMimeType("application/octet-stream")).isTrue();
    assertThat(binary.getInputStream().readAllBytes()).isEqualTo(MailFixtures.binary());
    MimeBodyPart csv = (MimeBodyPart) parts.getBodyPart(2);
    assertThat(csv.getFileName()).isEqualTo("plays.csv");
    assertThat(csv.getInputStream().readAllBytes()).isEqualTo(MailFixtures.csv());
  }

  @Test
  void resendingTheSameMessageIdReplacesTheFile() throws Exception {
    OutboxMailer mailer = new OutboxMailer(temp, FROM);

    mailer.send(MailFixtures.plain("job-1", TO, "first"));
    mailer.send(MailFixtures.plain("job-1", TO, "second"));

    assertThat(namesIn(temp)).containsExactly("job-1.eml");
    assertThat(parse(temp.resolve("job-1.eml")).getSubject()).isEqualTo("second");
  }

  @Test
  void differentMessageIdsGetDifferentFilesAndNoTemporaryFileIsLeft() throws Exception {
    OutboxMailer mailer = new OutboxMailer(temp);

    mailer.send(MailFixtures.plain("job-1", TO, "one"));
    mailer.send(MailFixtures.plain("job-2", TO, "two"));
    mailer.send(MailFixtures.plain("job-1", TO, "one again"));

    assertThat(namesIn(temp)).containsExactly("job-1.eml", "job-2.eml");
  }

  @Test
  void aMessageIdCannotLeaveTheDirectory() throws Exception {
    Path outbox = temp.resolve("outbox");
    OutboxMailer mailer = new OutboxMailer(outbox, FROM);

    mailer.send(MailFixtures.plain("../../escaped", TO, "sneaky"));
    mailer.send(MailFixtures.plain(".hidden", TO, "hidden"));

    assertThat(namesIn(temp)).containsExactly("outbox");
    assertThat(namesIn(outbox)).containsExactly("%2E%2E%2F%2E%2E%2Fescaped.eml", "%2Ehidden.eml");
    assertThat(mailer.fileFor("../../escaped")).isEqualTo(outbox.toAbsolutePath().resolve("%2E%2E%2F%2E%2E%2Fescaped.eml"));
    assertThat(parse(outbox.resolve("%2E%2E%2F%2E%2E%2Fescaped.eml")).getSubject()).isEqualTo("sneaky");
  }

  @Test
  void controlCharactersInAnAttachmentNameAreReplaced() throws Exception {
    OutboxMailer mailer = new OutboxMailer(temp, FROM);

    mailer.send(new MailMessage("job-1", TO, "hi", "text",
        List.of(new MailMessage.Attachment("a\r\nb\tc.txt", "text/plain", new byte[] {'x'}))));

    MimeMultipart parts = (MimeMultipart) parse(temp.resolve("job-1.eml")).getContent();
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("a__b_c.txt");
  }

  @Test
  void anInvalidRecipientIsRejectedAndNothingIsWritten() throws Exception {
    OutboxMailer mailer = new OutboxMailer(temp, FROM);

    assertThatThrownBy(() -> mailer.send(MailFixtures.plain("job-1", "not-an-address", "hi")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(namesIn(temp)).isEmpty();
  }

  @Test
  void aDirectoryThatCannotBeWrittenFailsWithADeliveryException() throws Exception {
    Path outbox = temp.resolve("outbox");
    OutboxMailer mailer = new OutboxMailer(outbox, FROM);
    Files.delete(outbox);
    Files.writeString(outbox, "a file where the directory should be");

    assertThatThrownBy(() -> mailer.send(MailFixtures.plain("job-1", TO, "hi")))
        .isInstanceOf(MailDeliveryException.class)
        .hasMessageContaining("job-1");
  }

  @Test
  void rejectsAnInvalidSender() {
    assertThatThrownBy(() -> new OutboxMailer(temp, "nobody")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isCalledOutbox() {
    assertThat(new OutboxMailer(temp).kind()).isEqualTo("outbox");
  }
}
