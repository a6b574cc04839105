package dev.cadenza.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import jakarta.validation.Validator;
import java.io.IOException;

/**
 * Reads the configuration file named on the command line as usual, and when none is named, the
 * built-in {@code cadenza-defaults.yml} (with {@code ${CADENZA_*}} environment substitution), so
 * {@code java -jar cadenza.jar server} runs with no file at all.
 */
final class DefaultConfigurationFactory extends YamlConfigurationFactory<CadenzaConfiguration> {

  static final String DEFAULTS = "cadenza-defaults.yml";

  DefaultConfigurationFactory(Class<CadenzaConfiguration> klass, Validator validator, ObjectMapper mapper,
                              String propertyPrefix) {
    super(klass, validator, mapper, propertyPrefix);
  }

  static ConfigurationSourceProvider substituting(ConfigurationSourceProvider delegate) {
    return new SubstitutingSourceProvider(delegate, new EnvironmentVariableSubstitutor(false));
  }

  @Override
  public CadenzaConfiguration build() throws IOException, ConfigurationException {
    return build(substituting(new ResourceConfigurationSourceProvider()), DEFAULTS);
  }
}
