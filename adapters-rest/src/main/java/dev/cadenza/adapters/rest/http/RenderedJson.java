package dev.cadenza.adapters.rest.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * JSON answers rendered once per source. A read-through cache hands out the same object for every
 * read of an unchanged cached value (a page of playlist entries, say) until the value changes;
 * rendering it to JSON again for every request is most of such a request's work. {@link #byIdentity}
 * remembers the rendered bytes per source object, by identity and only as long as the object is alive
 * (weak keys), so a changed value, which is always a new object, is rendered anew, and nothing here
 * can outlive the cache that handed the object out. {@link #byValue} remembers them per value, for
 * sources that are records composed per request: an equal value renders to the same bytes, a changed
 * one is another key. Rendering goes through the application's own JSON writer, so the bytes are
 * exactly what the writer would have sent.
 *
 * <p>{@code variant} is whatever else the answer depends on besides the source (a page's limit, say):
 * a source seen with another variant is rendered again.
 */
public final class RenderedJson {


  private record Rendered(Object variant, byte[] json) {
  }

  private final Cache<Object, Rendered> rendered;
  private final JsonWriters writers;

  private RenderedJson(Cache<Object, Rendered> rendered, JsonWriters writers) {
    this.rendered = rendered;
    this.writers = Objects.requireNonNull(writers, "writers");
  }

  /**
   * Remembers the renderings of at most {@code maximum} source objects, by identity and as long as
   * each object lives: for values a read-through cache hands out.
   */
  public static RenderedJson byIdentity(long maximum, JsonWriters writers) {
    return new RenderedJson(Caffeine.newBuilder().weakKeys().maximumSize(maximum).build(), writers);
  }

  /**
   * Remembers the renderings of at most {@code maximum} sources by value ({@code equals}), each for
   * a minute after its last use: for values composed anew on every request (a list of records),
   * whose rendering is a function of their value. Comparing is far cheaper than rendering.
   */
  public static RenderedJson byValue(long maximum, JsonWriters writers) {
    return new RenderedJson(Caffeine.newBuilder().maximumSize(maximum).expireAfterAccess(Duration.ofMinutes(1))
        .build(), writers);
  }

  /**
   * A {@code 200} answer (to add headers to) with {@code source} in its wire form
   * {@code toWire(source)}, rendered with the application's JSON writer for {@code wireType},
   * or the bytes rendered for the same source and variant before.
   */
  public <S, W> Response.ResponseBuilder ok(S source, Object variant, Class<W> wireType,
                                            Function<? super S, ? extends W> toWire) {
    byte[] json = bytes(source, variant, wireType, toWire);
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CONTENT_LENGTH, json.length);
  }

  /** The bytes {@link #ok} answers with (the same array for the same source and variant: do not change it). */
  public <S, W> byte[] bytes(S source, Object variant, Class<W> wireType, Function<? super S, ? extends W> toWire) {
    Objects.requireNonNull(source, "source");
    Rendered known = rendered.getIfPresent(source);
    if (known == null || !Objects.equals(known.variant(), variant)) {
      known = new Rendered(variant, render(toWire.apply(source), wireType));
      rendered.put(source, known);
    }
    return known.json();
  }

  /** How many renderings are remembered now (for tests). */
  long size() {
    rendered.cleanUp();
    return rendered.estimatedSize();
  }

  private <W> byte[] render(W wire, Class<W> wireType) {
    return writers.render(wire, wireType);
  }
}
