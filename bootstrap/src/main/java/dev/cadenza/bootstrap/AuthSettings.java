package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * The {@code auth} section: token lifetimes, signing keys, bcrypt cost, password policy and login
 * throttling. Secrets come from the environment ({@code CADENZA_JWT_KEYS}); with none configured
 * the service generates a key once and keeps it in the data directory.
 */
public class AuthSettings {

  /** Comma-separated {@code kid:base64-secret} entries; the first signs. Empty: a generated key. */
  @NotNull
  private String jwtKeys = "";

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS, message = "must be at least a second (CADENZA_ACCESS_TOKEN_LIFETIME)")
  private Duration accessTokenLifetime = Duration.minutes(15);

  @NotNull
  private Duration refreshTokenLifetime = Duration.days(30);

  @Min(4)
  @Max(31)
  private int bcryptCost = 12;

  @Min(1)
  @Max(1024)
  private int passwordMinLength = 8;

  @Min(1)
  @Max(1024)
  private int passwordMaxLength = 128;

  @Min(1)
  private int loginFailureLimit = 10;

  @Min(1)
  private int loginAddressFailureLimit = 100;

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS, message = "must be at least a second (CADENZA_LOGIN_FAILURE_WINDOW)")
  private Duration loginFailureWindow = Duration.minutes(5);

  /** How long a checked account, session or API key is trusted before it is read again. */
  @NotNull
  private Duration credentialCacheTtl = Duration.seconds(5);

  /** Reverse proxies in front of the service that append to X-Forwarded-For (for login throttling). */
  @Min(0)
  @Max(10)
  private int trustedProxies = 0;

  /**
   * How long sessions and refresh tokens are kept after they stopped working (revoked or expired)
   * before the hourly purge deletes them.
   */
  @NotNull
  private Duration endedSessionRetention = Duration.days(7);

  @JsonProperty
  public Duration getEndedSessionRetention() {
    return endedSessionRetention;
  }

  @JsonProperty
  public void setEndedSessionRetention(Duration d) {
    this.endedSessionRetention = d;
  }

  @JsonProperty
  public Duration getCredentialCacheTtl() {
    return credentialCacheTtl;
  }

  @JsonProperty
  public void setCredentialCacheTtl(Duration d) {
    this.credentialCacheTtl = d;
  }

  @JsonProperty
  public int getTrustedProxies() {
    return trustedProxies;
  }

  @JsonProperty
  public void setTrustedProxies(int n) {
    this.trustedProxies = n;
  }

  /** Username and password of the first admin, created at start-up when no admin exists. */
  private String adminUsername = "";
  private String adminPassword = "";

  @JsonProperty
  public String getJwtKeys() {
    return jwtKeys;
  }

  @JsonProperty
  public void setJwtKeys(String jwtKeys) {
    this.jwtKeys = jwtKeys == null ? "" : jwtKeys;
  }

  @JsonProperty
  public Duration getAccessTokenLifetime() {
    return accessTokenLifetime;
  }

  @JsonProperty
  public void setAccessTokenLifetime(Duration d) {
    this.accessTokenLifetime = d;
  }

  @JsonProperty
  public Duration getRefreshTokenLifetime() {
    return refreshTokenLifetime;
  }

  @JsonProperty
  public void setRefreshTokenLifetime(Duration d) {
    this.refreshTokenLifetime = d;
  }

  @JsonProperty
  public int getBcryptCost() {
    return bcryptCost;
  }

  @JsonProperty
  public void setBcryptCost(int bcryptCost) {
    this.bcryptCost = bcryptCost;
  }

  @JsonProperty
  public int getPasswordMinLength() {
    return passwordMinLength;
  }

  @JsonProperty
  public void setPasswordMinLength(int n) {
    this.passwordMinLength = n;
  }

  @JsonProperty
  public int getPasswordMaxLength() {
    return passwordMaxLength;
  }

  @JsonProperty
  public void setPasswordMaxLength(int n) {
    this.passwordMaxLength = n;
  }

  /** Failed password checks from one client address per window before it is refused (all usernames). */
  @JsonProperty
  public int getLoginAddressFailureLimit() {
    return loginAddressFailureLimit;
  }

  @JsonProperty
  public void setLoginAddressFailureLimit(int n) {
    this.loginAddressFailureLimit = n;
  }

  @JsonProperty
  public int getLoginFailureLimit() {
    return loginFailureLimit;
  }

  @JsonProperty
  public void setLoginFailureLimit(int n) {
    this.loginFailureLimit = n;
  }

  @JsonProperty
  public Duration getLoginFailureWindow() {
    return loginFailureWindow;
  }

  @JsonProperty
  public void setLoginFailureWindow(Duration d) {
    this.loginFailureWindow = d;
  }

  @JsonProperty
  public String getAdminUsername() {
    return adminUsername;
  }

  @JsonProperty
  public void setAdminUsername(String s) {
    this.adminUsername = s == null ? "" : s;
  }

  @JsonProperty
  public String getAdminPassword() {
    return adminPassword;
  }

  @JsonProperty
  public void setAdminPassword(String s) {
    this.adminPassword = s == null ? "" : s;
  }

  @JsonIgnore
  @ValidationMethod(message = "auth.refreshTokenLifetime (CADENZA_REFRESH_TOKEN_LIFETIME) must be at least"
      + " auth.accessTokenLifetime (CADENZA_ACCESS_TOKEN_LIFETIME)")
  public boolean isRefreshAtLeastAccess() {
    return accessTokenLifetime == null || refreshTokenLifetime == null
        || refreshTokenLifetime.toNanoseconds() >= accessTokenLifetime.toNanoseconds();
  }

  @JsonIgnore
  @ValidationMethod(message = "auth.passwordMinLength (CADENZA_PASSWORD_MIN_LENGTH) must not be more than"
      + " auth.passwordMaxLength (CADENZA_PASSWORD_MAX_LENGTH)")
  public boolean isPasswordMinWithinMax() {
    return passwordMinLength <= passwordMaxLength;
  }
}
