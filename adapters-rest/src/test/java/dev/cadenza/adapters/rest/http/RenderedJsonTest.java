package dev.cadenza.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jersey.jackson.JacksonMessageBodyProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RenderedJsonTest {

  /** A source as a cache hands it out, and its wire form. */
  record Source(List<String> titles) {
  }

  record Wire(List<String> items, int limit) {
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger conversions = new AtomicInteger();
  private final AtomicInteger lookups = new AtomicInteger();
  private final JsonWriters writers = JsonWriters.of(new JsonOnlyProviders(new JacksonMessageBodyProvider(mapper),
      writes, lookups));
  private final RenderedJson rendered = RenderedJson.byIdentity(100, writers);

  private Response answer(Source source, int limit) {
    return rendered.ok(source, limit, Wire.class, s -> {
      conversions.incrementAndGet();
      return new Wire(s.titles(), limit);
    }).build();
  }

  private static String body(Response response) {
    return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
  }

  @Test
  void theSameSourceIsRenderedOnceWithTheApplicationsWriter() throws Exception {
    Source page = new Source(List.of("A", "B"));

    Response first = answer(page, 20);
    Response again = answer(page, 20);

    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(first.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    assertThat(body(first)).isEqualTo(mapper.writeValueAsString(new Wire(List.of("A", "B"), 20)));
    assertThat(first.getHeaderString(HttpHeaders.CONTENT_LENGTH))
        .isEqualTo(String.valueOf(((byte[]) first.getEntity()).length));
    assertThat(again.getEntity()).isSameAs(first.getEntity());
    assertThat(writes).hasValue(1);
    assertThat(conversions).hasValue(1);
  }

  @Test
  void theWriterOfAWireTypeIsLookedUpOnce() {
    answer(new Source(List.of("A")), 20);
    answer(new Source(List.of("B")), 20);

    assertThat(writes).hasValue(2);
    assertThat(lookups).hasValue(1);
  }

  @Test
  void writersNotYetGivenTheApplicationsProvidersSaySo() {
    RenderedJson unstarted = RenderedJson.byIdentity(10, new JsonWriters());

    assertThatThrownBy(() -> unstarted.ok(new Source(List.of("A")), null, Wire.class, s -> new Wire(s.titles(), 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not registered");
  }

  @Test
  void anotherVariantOrAnotherObjectIsRenderedAgain() {
    Source page = new Source(List.of("A"));
    answer(page, 20);

    assertThat(body(answer(page, 50))).contains("\"limit\":50");
    // equal, but not the same object: a source that was loaded again
    Source reloaded = new Source(new ArrayList<>(List.of("A")));
    assertThat(reloaded).isEqualTo(page);
    assertThat(body(answer(reloaded, 50))).isEqualTo(body(answer(page, 50)));

    assertThat(writes).hasValue(3);
  }

  @Test
  void aChangedSourceIsANewObjectAndShowsItsChange() {
    Source before = new Source(List.of("A"));
    Source after = new Source(List.of("A", "B"));

    assertThat(body(answer(before, 20))).contains("[\"A\"]");
    assertThat(body(answer(after, 20))).contains("[\"A\",\"B\"]");
    assertThat(body(answer(before, 20))).contains("[\"A\"]");
    assertThat(writes).hasValue(2);
  }

  @Test
  void renderingsOfCollectedSourcesAreDropped() throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      answer(new Source(List.of("song " + i)), 20);
    }
    assertThat(rendered.size()).isPositive();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (rendered.size() > 0 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(rendered.size()).isZero();
  }

  @Test
  void byValueAnEqualSourceIsRenderedOnceAndAChangedOneAgain() {
    RenderedJson byValue = RenderedJson.byValue(100, writers);
    Function<Source, Response> answer = source -> byValue.ok(source, 20, Wire.class,
        s -> new Wire(s.titles(), 20)).build();

    String first = body(answer.apply(new Source(List.of("A", "B"))));
    String again = body(answer.apply(new Source(new ArrayList<>(List.of("A", "B")))));
    assertThat(again).isEqualTo(first).isEqualTo("{\"items\":[\"A\",\"B\"],\"limit\":20}");
    assertThat(writes).hasValue(1);

    assertThat(body(answer.apply(new Source(List.of("A", "C"))))).contains("[\"A\",\"C\"]");
    assertThat(writes).hasValue(2);
  }

  /** Providers that know one JSON writer, counting lookups and what it writes. */
  private record JsonOnlyProviders(JacksonMessageBodyProvider json, AtomicInteger writes, AtomicInteger lookups)
      implements Providers {

    @Override
    public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
                                                         MediaType mediaType) {
      return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
                                                         MediaType mediaType) {
      if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)) {
        return null;
      }
      lookups.incrementAndGet();
      return new MessageBodyWriter<>() {
        @Override
        public boolean isWriteable(Class<?> t, Type g, Annotation[] a, MediaType m) {
          return true;
        }

        @Override
        public void writeTo(T value, Class<?> t, Type g, Annotation[] a, MediaType m,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
          writes.incrementAndGet();
          json.writeTo(value, t, g, a, m, headers, out);
        }
      };
    }

    @Override
    public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
      return null;
    }

    @Override
    public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
      return null;
    }
  }
}
