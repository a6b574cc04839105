package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;

/**
 * The service's configuration. Built-in defaults live in {@code cadenza-defaults.yml} on the
 * classpath, which reads the {@code CADENZA_*} environment variables; a YAML file given on the
 * command line replaces it (and may use the same {@code ${VAR:-default}} substitutions).
 */
public class CadenzaConfiguration extends Configuration {

  /** The PostgreSQL pool. An empty {@code url} means: start the embedded PostgreSQL. */
  @Valid
  @NotNull
  private DataSourceFactory database = new DataSourceFactory();

  /** Where the service keeps its files (embedded database, blobs). */
  @NotNull
  private String dataDir = "./data";

  @Valid
  @NotNull
  private AuthSettings auth = new AuthSettings();

  /** Redis or the in-process cache, TTLs, chart minimum: see {@link CacheSettings}. */
  @Valid
  @NotNull
  private CacheSettings cache = new CacheSettings();

  /** Object storage: S3 or the file system, see {@link StorageSettings}. */
  @Valid
  @NotNull
  private StorageSettings storage = new StorageSettings();

  /** E-mail: SMTP or the outbox directory, see {@link MailSettings}. */
  @Valid
  @NotNull
  private MailSettings mail = new MailSettings();

  /** Export workers, retries and limits, see {@link ExportJobSettings}. */
  @Valid
  @NotNull
  private ExportJobSettings exports = new ExportJobSettings();

  /** The OpenMusic compatibility adapter, see {@link OpenMusicConfig}. */
  @Valid
  @NotNull
  private OpenMusicConfig openmusic = new OpenMusicConfig();

  /** Request bodies above this size are refused with 413. */
  @Min(1024)
  @Max(1L << 30)
  private long maxRequestBodyBytes = 1L << 20;

  /**
   * How long a catalog search may run before the database cancels it (answered 503); substring
   * terms under three characters are matched row by row. Zero: no limit.
   */
  @NotNull
  private Duration searchTimeout = Duration.seconds(5);

  /**
   * How long audit entries are kept: an hourly purge deletes older ones. Zero (the default) keeps the
   * audit trail for good, the operator's decision; otherwise at least a day.
   */
  @NotNull
  private Duration auditRetention = Duration.seconds(0);

  /** The bearer token the admin port's tasks need; blank: tasks answer on loopback only ({@link AdminTaskGuard}). */
  private String adminTaskToken = "";

  @JsonProperty("database")
  public DataSourceFactory getDatabase() {
    return database;
  }

  @JsonProperty("database")
  public void setDatabase(DataSourceFactory database) {
    this.database = database;
  }

  @JsonProperty("auth")
  public AuthSettings getAuth() {
    return auth;
  }

  @JsonProperty("auth")
  public void setAuth(AuthSettings auth) {
    this.auth = auth;
  }

  @JsonProperty("cache")
  public CacheSettings getCache() {
    return cache;
  }

  @JsonProperty("cache")
  public void setCache(CacheSettings cache) {
    this.cache = cache;
  }

  @JsonProperty("storage")
  public StorageSettings getStorage() {
    return storage;
  }

  @JsonProperty("storage")
  public void setStorage(StorageSettings storage) {
    this.storage = storage;
  }

  @JsonProperty("mail")
  public MailSettings getMail() {
    return mail;
  }

  @JsonProperty("mail")
  public void setMail(MailSettings mail) {
    this.mail = mail;
  }

  @JsonProperty("exports")
  public ExportJobSettings getExports() {
    return exports;
  }

  @JsonProperty("exports")
  public void setExports(ExportJobSettings exports) {
    this.exports = exports;
  }

  @JsonProperty("openmusic")
  public OpenMusicConfig getOpenmusic() {
    return openmusic;
  }

  @JsonProperty("openmusic")
  public void setOpenmusic(OpenMusicConfig openmusic) {
    this.openmusic = openmusic;
  }

  @JsonProperty
  public String getDataDir() {
    return dataDir;
  }

  @JsonProperty
  public void setDataDir(String dataDir) {
    this.dataDir = dataDir;
  }

  @JsonProperty
  public long getMaxRequestBodyBytes() {
    return maxRequestBodyBytes;
  }

  @JsonProperty
  public void setMaxRequestBodyBytes(long maxRequestBodyBytes) {
    this.maxRequestBodyBytes = maxRequestBodyBytes;
  }

  @JsonProperty
  public String getAdminTaskToken() {
    return adminTaskToken;
  }

  @JsonProperty
  public void setAdminTaskToken(String adminTaskToken) {
    this.adminTaskToken = adminTaskToken == null ? "" : adminTaskToken;
  }

  @JsonProperty
  public Duration getSearchTimeout() {
    return searchTimeout;
  }

  @JsonProperty
  public void setSearchTimeout(Duration searchTimeout) {
    this.searchTimeout = searchTimeout;
  }

  @JsonProperty
  public Duration getAuditRetention() {
    return auditRetention;
  }

  @JsonProperty
  public void setAuditRetention(Duration auditRetention) {
    this.auditRetention = auditRetention;
  }

  @JsonIgnore
  @ValidationMethod(message = "auditRetention (CADENZA_AUDIT_RETENTION) must be zero (keep the audit trail for good)"
      + " or at least a day")
  public boolean isAuditRetentionZeroOrADay() {
    return auditRetention == null || auditRetention.toNanoseconds() == 0
        || auditRetention.toNanoseconds() >= Duration.days(1).toNanoseconds();
  }

  /** The pool opens two connections at start ({@code database.minSize}); fewer in all cannot be. */
  @JsonIgnore
  @ValidationMethod(message = "database.maxSize (CADENZA_DATABASE_POOL_SIZE) must be at least 2")
  public boolean isPoolLargeEnough() {
    return database == null || database.getMaxSize() >= 2;
  }

  /** Logback takes a level it does not know for DEBUG, silently; a misspelt CADENZA_LOG_LEVEL is refused instead. */
  @JsonIgnore
  @ValidationMethod(message = "logging.level (CADENZA_LOG_LEVEL) must be one of OFF, ERROR, WARN, INFO, DEBUG, TRACE,"
      + " ALL")
  public boolean isLogLevelKnown() {
    return !(getLoggingFactory() instanceof io.dropwizard.logging.common.DefaultLoggingFactory logging)
        || LogLevels.isKnown(logging.getLevel());
  }

  public Path dataDirectory() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  /** Whether no external database is configured, so the embedded one runs. */
  public boolean usesEmbeddedDatabase() {
    String url = database.getUrl();
    return url == null || url.isBlank() || EMBEDDED.equalsIgnoreCase(url.trim());
  }

  /** The database URL that asks for the embedded PostgreSQL (the default). */
  public static final String EMBEDDED = "embedded";
}
