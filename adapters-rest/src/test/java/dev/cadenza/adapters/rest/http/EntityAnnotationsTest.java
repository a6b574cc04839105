package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JSON bodies reach their reader and writer without the resource method's (OpenAPI) annotations;
 * other media types keep them. A probe reader and writer report the annotations Jersey handed them.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EntityAnnotationsTest {

  private static final ResourceExtension WITH = ResourceExtension.builder()
      .addResource(new Annotated())
      .addProvider(ProbeWriter.class)
      .addProvider(ProbeReader.class)
      .addProvider(new EntityAnnotations())
      .build();

  private static final ResourceExtension WITHOUT = ResourceExtension.builder()
      .addResource(new Annotated())
      .addProvider(ProbeWriter.class)
      .addProvider(ProbeReader.class)
      .build();

  @Test
  void jsonResponsesAreWrittenWithoutTheMethodsAnnotations() {
    assertThat(WITH.target("/probe").request(MediaType.APPLICATION_JSON).get(String.class))
        .isEqualTo("annotations=");
    assertThat(WITH.target("/probe/problem").request("application/problem+json").get(String.class))
        .isEqualTo("annotations=");
  }

  @Test
  void otherMediaTypesKeepThem() {
    assertThat(WITH.target("/probe").request(MediaType.TEXT_PLAIN).get(String.class))
        .isEqualTo("annotations=GET,Operation,Produces");
  }

  @Test
  void withoutTheInterceptorJerseyHandsThemOver() {
    assertThat(WITHOUT.target("/probe").request(MediaType.APPLICATION_JSON).get(String.class))
        .isEqualTo("annotations=GET,Operation,Produces");
  }

  @Test
  void jsonRequestBodiesAreReadWithoutTheParametersAnnotations() {
    assertThat(WITH.target("/probe").request(MediaType.TEXT_PLAIN)
        .post(Entity.json("{}"), String.class)).isEqualTo("annotations=");
    assertThat(WITHOUT.target("/probe").request(MediaType.TEXT_PLAIN)
        .post(Entity.json("{}"), String.class)).isEqualTo("annotations=RequestBody");
  }

  @Test
  void mediaTypesCountedAsJson() {
    assertThat(EntityAnnotations.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(EntityAnnotations.isJson(MediaType.valueOf("application/problem+json"))).isTrue();
    assertThat(EntityAnnotations.isJson(MediaType.valueOf("application/merge-patch+json"))).isTrue();
    assertThat(EntityAnnotations.isJson(MediaType.valueOf("application/json; charset=utf-8"))).isTrue();
    assertThat(EntityAnnotations.isJson(MediaType.TEXT_PLAIN_TYPE)).isFalse();
    assertThat(EntityAnnotations.isJson(MediaType.valueOf("text/json"))).isFalse();
    assertThat(EntityAnnotations.isJson(MediaType.APPLICATION_OCTET_STREAM_TYPE)).isFalse();
    assertThat(EntityAnnotations.isJson(null)).isFalse();
  }

  /** What the probe writer writes and the probe reader reads. */
  public record Probe(String annotations) {
  }

  @Path("/probe")
  public static final class Annotated {

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "a probe", responses = @ApiResponse(responseCode = "200", description = "the probe"))
    public Probe get() {
      return new Probe(null);
    }

    @GET
    @Path("problem")
    @Produces("application/problem+json")
    public Probe problem() {
      return new Probe(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String post(@RequestBody(description = "a parameter annotation") Probe body) {
      return "annotations=" + body.annotations();
    }
  }

  private static String names(Annotation[] annotations) {
    return String.join(",", Arrays.stream(annotations).map(a -> a.annotationType().getSimpleName()).sorted()
        .toList());
  }

  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "application/problem+json"})
  public static final class ProbeWriter implements MessageBodyWriter<Probe> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Probe.class;
    }

    @Override
    public void writeTo(Probe probe, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
      out.write(("annotations=" + names(annotations)).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Consumes(MediaType.APPLICATION_JSON)
  public static final class ProbeReader implements MessageBodyReader<Probe> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Probe.class;
    }

    @Override
    public Probe readFrom(Class<Probe> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                          MultivaluedMap<String, String> headers, InputStream in) throws java.io.IOException {
      in.readAllBytes();
      return new Probe(names(annotations));
    }
  }
}
