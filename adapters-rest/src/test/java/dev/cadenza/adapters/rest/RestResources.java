package dev.cadenza.adapters.rest;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import io.dropwizard.testing.junit5.ResourceExtension;

/**
 * A {@link ResourceExtension} with exactly the Jersey components {@link RestModule#install}
 * registers, and no Dropwizard default exception mappers (as in the service).
 */
public final class RestResources {

  private RestResources() {
  }

  public static ResourceExtension extension(MusicCatalog music, RestSettings settings) {
    ResourceExtension.Builder builder = ResourceExtension.builder().setRegisterDefaultExceptionMappers(false)
        .bootstrapLogging(false);
    for (Object component : RestModule.jerseyComponents(new RestPorts(music), settings, RestModule.problems())) {
      builder.addProvider(component);
    }
    return builder.build();
  }

  public static ResourceExtension extension(MusicCatalog music) {
    return extension(music, RestSettings.defaults("test-version"));
  }
}
