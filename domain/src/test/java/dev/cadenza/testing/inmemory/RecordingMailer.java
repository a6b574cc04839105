package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.MailMessage;
import dev.cadenza.domain.shared.port.out.Mailer;
import java.util.ArrayList;
import java.util.List;

/** A {@link Mailer} that keeps what it was asked to send; it can be told to fail the next sends. */
public final class RecordingMailer implements Mailer {

  private final List<MailMessage> sent = new ArrayList<>();
  private int failuresLeft;

  @Override
  public synchronized void send(MailMessage message) {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("mail server unavailable (simulated)");
    }
    sent.add(message);
  }

  @Override
  public String kind() {
    return "recording";
  }

  /** The next {@code count} sends fail with an exception. */
  public synchronized void failNext(int count) {
    failuresLeft = count;
  }

  public synchronized List<MailMessage> sent() {
    return List.copyOf(sent);
  }
}
