package dev.cadenza.adapters.rest;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.shared.service.ListAuditEntriesService;
import dev.cadenza.testing.inmemory.InMemoryAccounts;
import java.time.Clock;
import io.dropwizard.testing.junit5.ResourceExtension;

/**
 * A {@link ResourceExtension} with exactly the Jersey components {@link RestModule#install}
 * registers, and no Dropwizard default exception mappers (as in the service).
 */
public final class RestResources {

  private RestResources() {
  }

  /** {@code music} beside in-memory accounts (nobody registered) and their audit trail. */
  public static RestPorts ports(MusicCatalog music) {
    InMemoryAccounts accounts = new InMemoryAccounts(Clock.systemUTC());
    return new RestPorts(music, accounts.useCases, new ListAuditEntriesService(accounts.audit));
  }

  public static ResourceExtension extension(MusicCatalog music, RestSettings settings) {
    return extension(ports(music), settings);
  }

  public static ResourceExtension extension(RestPorts ports, RestSettings settings) {
    ResourceExtension.Builder builder = ResourceExtension.builder().setRegisterDefaultExceptionMappers(false)
        .bootstrapLogging(false);
    for (Object component : RestModule.jerseyComponents(ports, settings, RestModule.problems())) {
      builder.addProvider(component);
    }
    return builder.build();
  }

  public static ResourceExtension extension(MusicCatalog music) {
    return extension(music, RestSettings.defaults("test-version"));
  }
}
