package dev.cadenza.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.rest.http.RequestContextParameters;
import java.util.List;
import org.glassfish.jersey.internal.inject.Binder;
import org.glassfish.jersey.internal.inject.InstanceBinding;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;
import org.junit.jupiter.api.Test;

class RestModuleComponentsTest {

  @Test
  void theRequestContextParameterProviderIsBoundForJersey() {
    List<Object> components = RestModule.jerseyComponents(RestResources.ports(Fixtures.mockedCatalog()),
        RestSettings.defaults("test-version"), RestModule.problems());

    List<Object> providers = components.stream().filter(Binder.class::isInstance)
        .flatMap(binder -> ((Binder) binder).getBindings().stream())
        .filter(binding -> binding.getContracts().contains(ValueParamProvider.class))
        .filter(InstanceBinding.class::isInstance)
        .map(binding -> (Object) ((InstanceBinding<?>) binding).getService())
        .toList();

    assertThat(providers).hasExactlyElementsOfTypes(RequestContextParameters.class);
  }
}
