package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import org.junit.jupiter.api.Test;

/**
 * The built-in configuration that {@code java -jar cadenza.jar server} uses without a file must be
 * valid as it is, with none of the optional {@code CADENZA_*} variables set (on a bare machine).
 * Unset variables are substituted by their defaults; a variable that happens to be set in the test's
 * environment is ignored here, by reading the file without substitution of that variable.
 */
class DefaultConfigurationTest {

  @Test
  void theBuiltInDefaultsAreValidWithoutAnyEnvironment() throws Exception {
    // Substitute every ${VAR:-default} with its default, as on a machine where no CADENZA_* is set.
    var substitutor = new org.apache.commons.text.StringSubstitutor(key -> null);
    substitutor.setEnableSubstitutionInVariables(false);
    substitutor.setValueDelimiter(":-");
    var source = new io.dropwizard.configuration.SubstitutingSourceProvider(
        new ResourceConfigurationSourceProvider(), substitutor);
    var factory = new io.dropwizard.configuration.YamlConfigurationFactory<>(CadenzaConfiguration.class,
        Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    CadenzaConfiguration config = factory.build(source, DefaultConfigurationFactory.DEFAULTS);

    assertThat(config.usesEmbeddedDatabase()).isTrue();
    assertThat(config.getCache().usesRedis()).isFalse();
    assertThat(config.getAuth().getJwtKeys()).isEmpty();
    assertThat(config.getAuth().getBcryptCost()).isEqualTo(12);
    assertThat(config.getMaxRequestBodyBytes()).isEqualTo(1_048_576);
    assertThat(config.getExports().getRetention()).isEqualTo(io.dropwizard.util.Duration.days(30));
    assertThat(config.getAuth().getEndedSessionRetention()).isEqualTo(io.dropwizard.util.Duration.days(7));
    assertThat(config.getSearchTimeout()).isEqualTo(io.dropwizard.util.Duration.seconds(5));
    assertThat(config.getAuditRetention().toNanoseconds()).as("the audit trail is kept for good").isZero();
    // No per-request thread renaming (two system calls per request, measured at ~10% of a cached read).
    assertThat(((io.dropwizard.core.server.AbstractServerFactory) config.getServerFactory()).getEnableThreadNameFilter())
        .isFalse();
    // With Redis, near copies take a tenth of the heap at most.
    assertThat(config.getCache().getNearHeapPercent()).isEqualTo(10);
    // The access log's queue absorbs its writer thread's waits for a core (logback's default is 256).
    var requestLog = (io.dropwizard.request.logging.LogbackAccessRequestLogFactory)
        ((io.dropwizard.core.server.AbstractServerFactory) config.getServerFactory()).getRequestLogFactory();
    assertThat(((io.dropwizard.logging.common.AbstractAppenderFactory<?>) requestLog.getAppenders().get(0))
        .getQueueSize()).isEqualTo(16_384);
  }

  @Test
  void anExportRetentionShorterThanADayOrTheLimitWindowIsRefusedAndZeroKeepsForGood() {
    var validator = Validators.newValidator();
    ExportJobSettings settings = new ExportJobSettings();
    assertThat(validator.validate(settings)).isEmpty();

    String refused = "exports.retention (CADENZA_EXPORT_RETENTION) must be zero (keep for good), or at least"
        + " a day and at least exports.perUserWindow (CADENZA_EXPORT_LIMIT_WINDOW)";
    settings.setRetention(io.dropwizard.util.Duration.minutes(30));
    assertThat(validator.validate(settings)).extracting(v -> v.getMessage()).containsExactly(refused);
    settings.setRetention(io.dropwizard.util.Duration.hours(12));
    assertThat(validator.validate(settings)).extracting(v -> v.getMessage()).containsExactly(refused);
    settings.setPerUserWindow(io.dropwizard.util.Duration.days(3));
    settings.setRetention(io.dropwizard.util.Duration.days(2));
    assertThat(validator.validate(settings)).extracting(v -> v.getMessage()).containsExactly(refused);
    settings.setRetention(io.dropwizard.util.Duration.days(3));
    assertThat(validator.validate(settings)).isEmpty();

    settings.setRetention(io.dropwizard.util.Duration.seconds(0));
    assertThat(validator.validate(settings)).isEmpty();
  }

  @Test
  void anAuditRetentionUnderADayIsRefusedAndZeroKeepsForGood() {
    var validator = Validators.newValidator();
    CadenzaConfiguration config = new CadenzaConfiguration();
    String refused = "auditRetention (CADENZA_AUDIT_RETENTION) must be zero (keep the audit trail for good)"
        + " or at least a day";

    config.setAuditRetention(io.dropwizard.util.Duration.hours(23));
    assertThat(validator.validate(config)).extracting(v -> v.getMessage()).contains(refused);
    config.setAuditRetention(io.dropwizard.util.Duration.days(1));
    assertThat(validator.validate(config)).extracting(v -> v.getMessage()).doesNotContain(refused);
    config.setAuditRetention(io.dropwizard.util.Duration.seconds(0));
    assertThat(validator.validate(config)).extracting(v -> v.getMessage()).doesNotContain(refused);
  }
}
