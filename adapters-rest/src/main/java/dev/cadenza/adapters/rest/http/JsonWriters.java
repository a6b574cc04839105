package dev.cadenza.adapters.rest.http;

import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * The application's JSON writers, for answers a resource renders itself ({@link RenderedJson}).
 * Registered with Jersey, it is given the application's {@link Providers} once, when the application
 * is set up, and keeps each writer it looked up; a resource method taking {@code @Context Providers}
 * instead would have Jersey look them up (and create an object for them) on every request, a
 * noticeable part of a cached read. It registers as a container lifecycle listener (the provider
 * contract that lets Jersey accept and inject it) and forgets its writers when the application reloads.
 */
public final class JsonWriters implements ContainerLifecycleListener {

  private static final Annotation[] NONE = new Annotation[0];

  @Context
  private volatile Providers providers;
  private final Map<Class<?>, MessageBodyWriter<?>> writers = new ConcurrentHashMap<>();

  /** Writers taken from the Jersey application this is registered with. */
  public JsonWriters() {
  }

  /** Writers taken from {@code providers} (outside a Jersey application: tests, other containers). */
  public static JsonWriters of(Providers providers) {
    JsonWriters writers = new JsonWriters();
    writers.providers = Objects.requireNonNull(providers, "providers");
    return writers;
  }

  /** The application's writer of {@code type} as {@code application/json}. */
  @SuppressWarnings("unchecked")
  <W> MessageBodyWriter<W> writerOf(Class<W> type) {
    return (MessageBodyWriter<W>) writers.computeIfAbsent(type, this::lookUp);
  }

  /** {@code wire} as the application writes it as {@code application/json}. */
  <W> byte[] render(W wire, Class<W> wireType) {
    MessageBodyWriter<W> writer = writerOf(wireType);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try {
      writer.writeTo(wire, wireType, wireType, NONE, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
    } catch (IOException e) {
      throw new InternalServerErrorException("could not render " + wireType.getName(), e);
    }
    return out.toByteArray();
  }

  private MessageBodyWriter<?> lookUp(Class<?> type) {
    Providers known = providers;
    if (known == null) {
      throw new IllegalStateException("JsonWriters is not registered with a Jersey application");
    }
    MessageBodyWriter<?> writer = known.getMessageBodyWriter(type, type, NONE, MediaType.APPLICATION_JSON_TYPE);
    if (writer == null) {
      throw new InternalServerErrorException("no JSON writer for " + type.getName());
    }
    return writer;
  }

  @Override
  public void onStartup(Container container) {
    // the providers were injected when the application was set up
  }

  @Override
  public void onReload(Container container) {
    writers.clear();
  }

  @Override
  public void onShutdown(Container container) {
    // nothing held but references
  }
}
