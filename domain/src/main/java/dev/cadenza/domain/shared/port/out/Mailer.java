package dev.cadenza.domain.shared.port.out;

import dev.cadenza.domain.shared.model.MailMessage;

/**
 * Sends e-mail. Calls do network or disk I/O: never inside a database transaction. A failure is an
 * unchecked exception; the caller (a background job) decides whether to retry.
 */
public interface Mailer {

  void send(MailMessage message);

  /** A short name of the technology, for status pages: {@code smtp}, {@code outbox}. */
  String kind();
}
