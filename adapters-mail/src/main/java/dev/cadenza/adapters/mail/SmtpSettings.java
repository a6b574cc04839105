package dev.cadenza.adapters.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how {@link SmtpMailer} delivers mail.
 *
 * @param host     the SMTP server's host name
 * @param port     its port (1 to 65535), typically 25 or 587 with {@link TlsMode#STARTTLS}, 465 with
 *                 {@link TlsMode#SMTPS}
 * @param username the login, if the server wants one; when present the mailer authenticates
 * @param password the password; present exactly when {@code username} is
 * @param from     the sender address ({@code cadenza@example.com} or
 *                 {@code Cadenza <cadenza@example.com>}), checked strictly
 * @param tls      how the connection is encrypted
 * @param timeout  the bound on connecting, and on each read and write on the connection
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password,
                           String from, TlsMode tls, Duration timeout) {

  /** How the connection to the SMTP server is protected. */
  public enum TlsMode {
    /** Plain text; only for a server on the same host or a trusted network. */
    NONE,
    /** A plain connection upgraded with STARTTLS; the upgrade is required, not merely attempted. */
    STARTTLS,
    /** TLS from the first byte ("implicit TLS", usually port 465). */
    SMTPS
  }

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(timeout, "timeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("the SMTP host must not be blank");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("the SMTP port must be between 1 and 65535, not " + port);
    }
    if (username.isPresent() != password.isPresent()) {
      throw new IllegalArgumentException("give the SMTP username and password together, or neither");
    }
    if (username.isPresent() && username.get().isBlank()) {
      throw new IllegalArgumentException("the SMTP username must not be blank");
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the SMTP timeout must be positive and below 24 days, not " + timeout);
    }
    MimeMessages.parseAddress(from, "from");
  }

  /** An unauthenticated server without TLS, for example a relay on the same host. */
  public static SmtpSettings plain(String host, int port, String from, Duration timeout) {
    return new SmtpSettings(host, port, Optional.empty(), Optional.empty(), from, TlsMode.NONE, timeout);
  }

  /** The settings, with the password left out. */
  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username.orElse("(none)")
        + ", password=" + (password.isPresent() ? "***" : "(none)") + ", from=" + from + ", tls=" + tls
        + ", timeout=" + timeout + "]";
  }
}
