package dev.cadenza.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Locale;

/**
 * Hands JSON bodies to their reader and writer without the resource method's annotations.
 *
 * <p>Jersey passes a resource method's annotations to the message body writer (and a parameter's to
 * the reader). Jackson's JAX-RS provider looks its cached endpoint up by a key that hashes every one of
 * them, recursively, on every request; the resource methods carry their whole OpenAPI description as
 * annotations (operation, responses, headers, schemas), so that hash was a fifth of the CPU time of a
 * small cached read. The service uses none of the annotations Jackson would act on ({@code @JsonView},
 * {@code @JacksonFeatures}), so JSON entities travel with none. Other media types (multipart uploads,
 * files, the Swagger UI) keep theirs.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class EntityAnnotations implements WriterInterceptor, ReaderInterceptor {

  private static final Annotation[] NONE = new Annotation[0];

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (isJson(context.getMediaType())) {
      context.setAnnotations(NONE);
    }
    context.proceed();
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isJson(context.getMediaType())) {
      context.setAnnotations(NONE);
    }
    return context.proceed();
  }

  /** {@code application/json} and every {@code +json} type (problem details, merge patches). */
  static boolean isJson(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype();
    return "application".equalsIgnoreCase(type.getType())
        && ("json".equalsIgnoreCase(subtype) || subtype.toLowerCase(Locale.ROOT).endsWith("+json"));
  }
}
