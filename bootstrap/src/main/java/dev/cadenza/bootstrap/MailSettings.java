package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.concurrent.TimeUnit;

/**
 * The {@code mail} section: SMTP when {@code smtpHost} is set ({@code CADENZA_SMTP_HOST}); otherwise
 * every message is written as an {@code .eml} file under {@code $CADENZA_DATA_DIR/outbox}.
 */
public class MailSettings {

  @NotNull
  private String smtpHost = "";
  @Min(1)
  @Max(65535)
  private int smtpPort = 587;
  @NotNull
  private String smtpUsername = "";
  @NotNull
  private String smtpPassword = "";
  @NotNull
  private String smtpFrom = "cadenza@localhost";
  /** none, starttls (required) or smtps. */
  @NotNull
  @Pattern(regexp = "(?i)none|starttls|smtps")
  private String smtpTls = "starttls";
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS,
      message = "must be positive (CADENZA_SMTP_TIMEOUT): Jakarta Mail takes zero for no timeout at all")
  private Duration smtpTimeout = Duration.seconds(10);

  public boolean usesSmtp() {
    return smtpHost != null && !smtpHost.isBlank();
  }

  @JsonProperty
  public String getSmtpHost() {
    return smtpHost;
  }

  @JsonProperty
  public void setSmtpHost(String smtpHost) {
    this.smtpHost = smtpHost == null ? "" : smtpHost;
  }

  @JsonProperty
  public int getSmtpPort() {
    return smtpPort;
  }

  @JsonProperty
  public void setSmtpPort(int smtpPort) {
    this.smtpPort = smtpPort;
  }

  @JsonProperty
  public String getSmtpUsername() {
    return smtpUsername;
  }

  @JsonProperty
  public void setSmtpUsername(String smtpUsername) {
    this.smtpUsername = smtpUsername == null ? "" : smtpUsername;
  }

  @JsonProperty
  public String getSmtpPassword() {
    return smtpPassword;
  }

  @JsonProperty
  public void setSmtpPassword(String smtpPassword) {
    this.smtpPassword = smtpPassword == null ? "" : smtpPassword;
  }

  @JsonProperty
  public String getSmtpFrom() {
    return smtpFrom;
  }

  @JsonProperty
  public void setSmtpFrom(String smtpFrom) {
    this.smtpFrom = smtpFrom;
  }

  @JsonProperty
  public String getSmtpTls() {
    return smtpTls;
  }

  @JsonProperty
  public void setSmtpTls(String smtpTls) {
    this.smtpTls = smtpTls;
  }

  @JsonProperty
  public Duration getSmtpTimeout() {
    return smtpTimeout;
  }

  @JsonProperty
  public void setSmtpTimeout(Duration smtpTimeout) {
    this.smtpTimeout = smtpTimeout;
  }
}
