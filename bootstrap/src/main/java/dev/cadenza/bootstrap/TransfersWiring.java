package dev.cadenza.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import dev.cadenza.adapters.mail.OutboxMailer;
import dev.cadenza.adapters.mail.SmtpMailer;
import dev.cadenza.adapters.mail.SmtpSettings;
import dev.cadenza.adapters.storage.FileSystemBlobStore;
import dev.cadenza.adapters.storage.S3BlobStore;
import dev.cadenza.adapters.storage.S3Settings;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.Mailer;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Object storage and e-mail, chosen by configuration: S3 or the file system, SMTP or the outbox. */
final class TransfersWiring {

  private static final Logger LOG = LoggerFactory.getLogger(TransfersWiring.class);

  private TransfersWiring() {
  }

  /** The blob store, with its health check ({@code storage}) and, for S3, its client closed on stop. */
  static BlobStore blobStore(CadenzaConfiguration config, Environment environment) {
    StorageSettings s = config.getStorage();
    BlobStore store;
    if (s.usesS3()) {
      S3BlobStore s3 = S3BlobStore.create(new S3Settings(s.getS3Bucket().strip(), s.getS3Region().strip(),
          optional(s.getS3Endpoint()).map(URI::create), s.isS3PathStyle(), optional(s.getS3AccessKeyId()),
          optional(s.getS3SecretAccessKey()), optional(s.getS3KeyPrefix())));
      if (s.isS3CreateBucket()) {
        s3.ensureBucket();
      }
      environment.lifecycle().manage(new Managed() {
        @Override
        public void stop() {
          s3.close();
        }
      });
      store = s3;
      LOG.info("object storage: S3 bucket {}", s.getS3Bucket());
    } else {
      store = new FileSystemBlobStore(config.dataDirectory().resolve("blobs"));
      LOG.info("object storage: the file system under {}", config.dataDirectory().resolve("blobs"));
    }
    environment.healthChecks().register("storage", new BlobStoreHealthCheck(store));
    return store;
  }

  /** SMTP when a host is configured, else {@code .eml} files in {@code $CADENZA_DATA_DIR/outbox}. */
  static Mailer mailer(CadenzaConfiguration config) {
    MailSettings m = config.getMail();
    if (m.usesSmtp()) {
      LOG.info("e-mail: SMTP server {}:{}", m.getSmtpHost(), m.getSmtpPort());
      return new SmtpMailer(new SmtpSettings(m.getSmtpHost().strip(), m.getSmtpPort(), optional(m.getSmtpUsername()),
          optional(m.getSmtpPassword()), m.getSmtpFrom(),
          SmtpSettings.TlsMode.valueOf(m.getSmtpTls().strip().toUpperCase(Locale.ROOT)),
          m.getSmtpTimeout().toJavaDuration()));
    }
    LOG.info("e-mail: no SMTP server configured; messages go to {}", config.dataDirectory().resolve("outbox"));
    return new OutboxMailer(config.dataDirectory().resolve("outbox"), m.getSmtpFrom());
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Healthy when the blob store answers. */
  static final class BlobStoreHealthCheck extends HealthCheck {
    private final BlobStore store;

    BlobStoreHealthCheck(BlobStore store) {
      this.store = store;
    }

    @Override
    protected Result check() {
      try {
        store.check();
        return Result.healthy("object storage (" + store.kind() + ") is reachable");
      } catch (RuntimeException e) {
        return Result.unhealthy("object storage (" + store.kind() + ") is not usable: " + e.getMessage());
      }
    }
  }
}
