package dev.cadenza.adapters.mail;

/**
 * A message could not be handed to the SMTP server or written to the outbox. Usually worth retrying
 * (the server was down, the connection timed out, the disk was full); a rejected login or recipient
 * fails the same way again until the configuration changes. A message that can never be sent (an
 * invalid recipient address) is an {@link IllegalArgumentException} instead.
 */
public final class MailDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
