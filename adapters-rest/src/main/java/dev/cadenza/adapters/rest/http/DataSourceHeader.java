package dev.cadenza.adapters.rest.http;

import dev.cadenza.domain.shared.model.ReadSource;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code X-Data-Source: cache|database} on successful reads. The cache adapter reports every read
 * it serves to {@link #record} (the composition root hands it this method); the reads of one
 * request run on its thread, so the reports are kept per thread from the request filter to the
 * response filter. A read answered entirely from the cache says {@code cache}; one that needed the
 * database for any part, or read nothing through the cache, says {@code database}.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class DataSourceHeader implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "X-Data-Source";

  private static final ThreadLocal<Set<ReadSource>> READS = new ThreadLocal<>();

  /** Notes that a read of the current request was served from {@code source}; ignored outside a request. */
  public static void record(ReadSource source) {
    Set<ReadSource> reads = READS.get();
    if (reads != null) {
      reads.add(source);
    }
  }

  /**
   * Starts collecting the reports of the current thread's request: Jersey's request filter, or a
   * servlet filter that answers a request without Jersey ({@code PublicReads}).
   */
  public static void begin() {
    READS.set(EnumSet.noneOf(ReadSource.class));
  }

  /**
   * Stops collecting and tells this header's value for the reads reported since {@link #begin}:
   * {@code cache} when every one came from the cache, otherwise {@code database}.
   */
  public static String end() {
    Set<ReadSource> reads = READS.get();
    READS.remove();
    boolean fromCache = reads != null && !reads.isEmpty() && !reads.contains(ReadSource.DATABASE);
    return fromCache ? "cache" : "database";
  }

  @Override
  public void filter(ContainerRequestContext request) {
    begin();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String source = end();
    String method = request.getMethod();
    boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    int status = response.getStatus();
    if (read && (status / 100 == 2 || status == 304)) {
      response.getHeaders().putSingle(HEADER, source);
    }
  }
}
