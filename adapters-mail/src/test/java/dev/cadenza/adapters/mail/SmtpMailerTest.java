package dev.cadenza.adapters.mail;

import static dev.cadenza.adapters.mail.MailFixtures.CLOCK;
import static dev.cadenza.adapters.mail.MailFixtures.NOW;
import static dev.cadenza.adapters.mail.MailFixtures.SUBJECT;
import static dev.cadenza.adapters.mail.MailFixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.cadenza.domain.shared.model.MailMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SmtpMailer} against a real SMTP server (GreenMail) on a free port. */
class SmtpMailerTest {

  private static final String FROM = "Cadenza <noreply@cadenza.test>";
  private static final String TO = "ada@cadenza.test";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static SmtpSettings settings(Optional<String> username, Optional<String> password) {
    return new SmtpSettings(greenMail.getSmtp().getBindTo(), greenMail.getSmtp().getPort(), username, password,
        FROM, SmtpSettings.TlsMode.NONE, TIMEOUT);
  }

  private static MimeMessage onlyReceived() {
    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).as("a message arrived").isTrue();
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  @Test
  void deliversHeadersTextAndAttachmentsUnchanged() throws Exception {
    new SmtpMailer(settings(Optional.empty(), Optional.empty()), CLOCK).send(MailFixtures.message("job-42", TO));

    MimeMessage received = onlyReceived();
    assertThat(received.getSubject()).isEqualTo(SUBJECT);
    assertThat(received.getFrom()).containsExactly(new InternetAddress(FROM));
    assertThat(received.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(TO));
    assertThat(received.getHeader("Message-ID")).containsExactly("<job-42@cadenza>");
    assertThat(received.getMessageID()).isEqualTo("<job-42@cadenza>");
    assertThat(received.getSentDate()).isEqualTo(Date.from(NOW));
    assertThat(received.isMimeType("multipart/mixed")).as(received.getContentType()).isTrue();

    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
    assertThat(text.isMimeType("text/plain")).isTrue();
    assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(text.getContent()).isEqualTo(TEXT);

    MimeBodyPart binary = (MimeBodyPart) parts.getBodyPart(1);
    assertThat(binary.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(binary.getFileName()).isEqualTo("export-ü.bin");
    assertThat(binary.isMimeType("application/octet-stream")).as(binary.getContentType()).isTrue();
    assertThat(binary.getEncoding()).isEqualTo("base64");
    assertThat(binary.getInputStream().readAllBytes()).isEqualTo(MailFixtures.binary());

    MimeBodyPart csv = (MimeBodyPart) parts.getBodyPart(2);
    assertThat(csv.getFileName()).isEqualTo("plays.csv");
    assertThat(csv.isMimeType("text/csv")).as(csv.getContentType()).isTrue();
    assertThat(csv.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(csv.getEncoding()).isEqualTo("base64");
    assertThat(csv.getInputStream().readAllBytes()).isEqualTo(MailFixtures.csv());
  }

  @Test
  void aResendCarriesTheSameMessageId() throws Exception {
    SmtpMailer mailer = new SmtpMailer(settings(Optional.empty(), Optional.empty()));
    mailer.send(MailFixtures.plain("welcome.user-7", TO, "first"));
    mailer.send(MailFixtures.plain("welcome.user-7", TO, "second"));
    mailer.send(MailFixtures.plain("welcome/user 8", TO, "third"));

    assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).extracting(MimeMessage::getMessageID)
        .containsExactly("<welcome.user-7@cadenza>", "<welcome.user-7@cadenza>", "<welcome%2Fuser%208@cadenza>");
  }

  @Test
  void aLineBreakInTheSubjectBecomesASpace() throws Exception {
    new SmtpMailer(settings(Optional.empty(), Optional.empty()))
        .send(MailFixtures.plain("job-1", TO, "Hello\r\nBcc: eve@cadenza.test"));

    MimeMessage received = onlyReceived();
    // Jakarta Mail alone would fold the break into a continuation line; the mailer flattens it
    assertThat(received.getHeader("Subject")).containsExactly("Hello Bcc: eve@cadenza.test");
    assertThat(received.getSubject()).isEqualTo("Hello Bcc: eve@cadenza.test");
    assertThat(received.getHeader("Bcc")).isNull();
    assertThat(received.getAllRecipients()).containsExactly(new InternetAddress(TO));
  }

  @Test
  void logsInWhenAUsernameIsGiven() throws Exception {
    greenMail.setUser("mailer@cadenza.test", "mailer", "s3cret");

    new SmtpMailer(settings(Optional.of("mailer"), Optional.of("s3cret"))).send(MailFixtures.plain("job-2", TO, "hi"));

    assertThat(onlyReceived().getSubject()).isEqualTo("hi");
  }

  @Test
  void aWrongPasswordFails() {
    greenMail.setUser("mailer@cadenza.test", "mailer", "s3cret");
    SmtpMailer mailer = new SmtpMailer(settings(Optional.of("mailer"), Optional.of("wrong")));

    assertThatThrownBy(() -> mailer.send(MailFixtures.plain("job-3", TO, "hi")))
        .isInstanceOf(MailDeliveryException.class)
        .hasMessageContaining("job-3")
        .hasCauseInstanceOf(AuthenticationFailedException.class);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aClosedPortFailsWithADeliveryException() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", closedPort, Optional.empty(), Optional.empty(),
        FROM, SmtpSettings.TlsMode.NONE, Duration.ofSeconds(2)));

    assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        assertThatThrownBy(() -> mailer.send(MailFixtures.plain("job-4", TO, "hi")))
            .isInstanceOf(MailDeliveryException.class)
            .hasCauseInstanceOf(MessagingException.class));
  }

  @Test
  void aServerThatNeverAnswersFailsAfterTheTimeout() throws IOException {
    // the kernel completes the TCP handshake from the backlog, but nobody ever sends the greeting
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", silent.getLocalPort(), Optional.empty(),
          Optional.empty(), FROM, SmtpSettings.TlsMode.NONE, Duration.ofMillis(500)));

      assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
          assertThatThrownBy(() -> mailer.send(MailFixtures.plain("job-5", TO, "hi")))
              .isInstanceOf(MailDeliveryException.class)
              .hasRootCauseInstanceOf(SocketTimeoutException.class));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-an-address", "ada@", "@cadenza.test", "ada@cadenza.test, eve@cadenza.test",
      "ada@cadenza.test\r\nBcc: eve@cadenza.test", "friends: ada@cadenza.test, eve@cadenza.test;"})
  void anInvalidRecipientIsRejectedBeforeConnecting(String to) {
    // unreachable on purpose: the address must be refused before any connection attempt
    SmtpMailer unreachable = new SmtpMailer(new SmtpSettings("127.0.0.1", 9, Optional.empty(), Optional.empty(),
        FROM, SmtpSettings.TlsMode.NONE, Duration.ofSeconds(2)));
    SmtpMailer reachable = new SmtpMailer(settings(Optional.empty(), Optional.empty()));

    assertThatThrownBy(() -> unreachable.send(MailFixtures.plain("job-6", to, "hi")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to address");
    assertThatThrownBy(() -> reachable.send(MailFixtures.plain("job-6", to, "hi")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void anAttachmentWithAnUnparsableContentTypeIsRejected() {
    SmtpMailer mailer = new SmtpMailer(settings(Optional.empty(), Optional.empty()));
    MailMessage message = new MailMessage("job-7", TO, "hi", "text",
        List.of(new MailMessage.Attachment("a.bin", "not a type", new byte[] {1})));

    assertThatThrownBy(() -> mailer.send(message)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("content type");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void isCalledSmtp() {
    assertThat(new SmtpMailer(settings(Optional.empty(), Optional.empty())).kind()).isEqualTo("smtp");
  }
}
