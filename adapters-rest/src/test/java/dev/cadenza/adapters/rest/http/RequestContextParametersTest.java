package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class RequestContextParametersTest {

  private static final ResourceExtension APP = ResourceExtension.builder()
      .addResource(new Probe())
      .addProvider((ContainerRequestFilter) request -> request.setProperty("probe.caller", "ada"))
      .addProvider(RequestContextParameters.binder())
      .build();

  private final RequestContextParameters provider = new RequestContextParameters();

  @Test
  void aResourceMethodGetsTheRequestItsFiltersSaw() {
    assertThat(APP.target("/probe/7").request(MediaType.TEXT_PLAIN).get(String.class))
        .isEqualTo("caller=ada id=7 path=probe/7");
  }

  @Test
  void itAnswersTheRequestContextParameterWithTheRequestItself() {
    Function<ContainerRequest, ?> value = provider.getValueProvider(parameters().get(0));
    ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
        URI.create("http://localhost/probe/7"), "GET", null, new MapPropertiesDelegate(),
        null);

    assertThat(value).isNotNull();
    assertThat(value.apply(request)).isSameAs(request);
  }

  @Test
  void otherParametersAreLeftToJersey() {
    List<Parameter> parameters = parameters();

    assertThat(provider.getValueProvider(parameters.get(1))).as("@Context UriInfo").isNull();
    assertThat(provider.getValueProvider(parameters.get(2))).as("@PathParam").isNull();
  }

  private static List<Parameter> parameters() {
    return Resource.from(Probe.class).getChildResources().get(0).getResourceMethods().get(0).getInvocable()
        .getParameters();
  }

  @Path("/probe")
  public static class Probe {

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
      return "caller=" + request.getProperty("probe.caller") + " id=" + id + " path=" + uri.getPath();
    }
  }
}
