package dev.cadenza.adapters.rest.ratings;

import com.codahale.metrics.Meter;
import dev.cadenza.adapters.rest.auth.ApiKeyAuthFilter;
import dev.cadenza.adapters.rest.http.CallerVary;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.RenderedJson;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.ratings.port.in.GetChartUseCase;
import dev.cadenza.domain.ratings.port.in.GetLikesUseCase;
import dev.cadenza.domain.shared.model.Actor;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public reads every page of a music site makes, answered before Jersey: an anonymous
 * {@code GET} of a song's or album's like count ({@code /api/v1/songs/{id}/likes}) and of a chart
 * ({@code /api/v1/charts/songs?by=rating&limit=20}). They are the most frequent requests of the
 * service and the cheapest to answer from the cache, so Jersey's routing, filters and response
 * writing would be most of their cost.
 *
 * <p>It answers only the plainest form of such a request: no credentials (so no {@code likedByMe}
 * and no {@code Cache-Control: private}), no body, no conditional or range headers, one
 * {@code Accept} of JSON or anything or none, a path of a well-formed id without escapes, and for a chart
 * query parameters {@code by} and {@code limit} in their plain valid spellings, each at most once.
 * It calls the same use cases as {@link SongLikesResource}, {@link AlbumLikesResource} and
 * {@link ChartResource}, renders with the application's JSON writer, and sets the headers those
 * answers carry ({@code Content-Type}, {@code Vary}, {@code X-Data-Source}). Everything else, and
 * every answer other than a success (an unknown song, a failure), goes on to Jersey, which answers
 * it as the resources always have: the resources stay the one description of these operations
 * (and of {@code /openapi.json}); this filter is a shortcut to the same answers, and the tests
 * compare its answers with theirs.
 */
public final class PublicReads implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(PublicReads.class);

  private static final String SONGS = "/api/v1/songs/";
  private static final String ALBUMS = "/api/v1/albums/";
  private static final String LIKES = "/likes";
  private static final String CHARTS = "/api/v1/charts/";
  private static final String JSON = MediaType.APPLICATION_JSON;
  /** The length of an id in canonical UUID form. */
  private static final int ID_LENGTH = 36;

  private final GetLikesUseCase likes;
  private final GetChartUseCase charts;
  private final RenderedJson likeCounts;
  private final RenderedJson chartBytes;
  private final Meter answered;

  /**
   * @param answered marked for every request this filter answers (the service's metric
   *     {@code cadenza.rest.publicReads})
   */
  public PublicReads(GetLikesUseCase likes, GetChartUseCase charts, JsonWriters writers, Meter answered) {
    this.likes = Objects.requireNonNull(likes, "likes");
    this.charts = Objects.requireNonNull(charts, "charts");
    this.likeCounts = RenderedJson.byValue(1024, writers);
    this.chartBytes = RenderedJson.byValue(64, writers);
    this.answered = Objects.requireNonNull(answered, "answered");
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
        && plain(http) && answered(http, answer)) {
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether this filter may answer: what no resource or filter of the API would read differently. */
  private static boolean plain(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return false;
    }
    // one Accept header at most: Jersey reads several as one list, where a later one may refuse JSON
    Enumeration<String> accepts = request.getHeaders("Accept");
    if (accepts != null && accepts.hasMoreElements()) {
      String accept = accepts.nextElement();
      if (!accept.equals(JSON) && !accept.equals("*/*") || accepts.hasMoreElements()) {
        return false;
      }
    }
    return request.getHeader("Authorization") == null && request.getHeader(ApiKeyAuthFilter.HEADER) == null
        && noBody(request.getHeader("Content-Length")) && request.getHeader("Transfer-Encoding") == null
        && request.getHeader("Content-Type") == null && request.getHeader("Content-Encoding") == null
        && request.getHeader("If-None-Match") == null && request.getHeader("If-Match") == null
        && request.getHeader("If-Modified-Since") == null && request.getHeader("If-Unmodified-Since") == null
        && request.getHeader("Range") == null && request.getHeader("Forwarded") == null
        && request.getHeader("X-Forwarded-Proto") == null;
  }

  /** No {@code Content-Length}, or one of zero (which some clients send with every request). */
  private static boolean noBody(String contentLength) {
    return contentLength == null || contentLength.equals("0");
  }

  /** Answers {@code request} when it is one of the reads this filter knows; {@code false} leaves it to Jersey. */
  private boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI();
    String query = request.getQueryString();
    if (path.startsWith(CHARTS)) {
      return chart(path, query, response);
    }
    if (query != null || !path.endsWith(LIKES)) {
      return false;
    }
    int idStart;
    ItemKind kind;
    if (path.startsWith(SONGS)) {
      idStart = SONGS.length();
      kind = ItemKind.SONG;
    } else if (path.startsWith(ALBUMS)) {
      idStart = ALBUMS.length();
      kind = ItemKind.ALBUM;
    } else {
      return false;
    }
    if (path.length() != idStart + ID_LENGTH + LIKES.length()) {
      return false;
    }
    String id = path.substring(idStart, idStart + ID_LENGTH);
    Optional<CatalogItem> item = kind == ItemKind.SONG
        ? SongId.parse(id).map(CatalogItem::song)
        : AlbumId.parse(id).map(CatalogItem::album);
    if (item.isEmpty()) {
      return false;
    }
    return answer(response, item.get(), found -> likes.getLikes(Actor.anonymous(), found), likeCounts,
        LikesJson.class, LikesJson::of);
  }

  private boolean chart(String path, String query, HttpServletResponse response) throws IOException {
    ItemKind kind;
    switch (path.substring(CHARTS.length())) {
      case "songs" -> kind = ItemKind.SONG;
      case "albums" -> kind = ItemKind.ALBUM;
      default -> {
        return false;
      }
    }
    ChartBy by = null;
    int limit = -1;
    if (query != null) {
      for (String parameter : query.split("&", -1)) {
        if (parameter.startsWith("by=") && by == null) {
          by = ChartBy.fromWireName(parameter.substring(3).toLowerCase(Locale.ROOT)).orElse(null);
          if (by == null) {
            return false;
          }
        } else if (parameter.startsWith("limit=") && limit < 0) {
          limit = plainLimit(parameter.substring(6));
          if (limit < 0) {
            return false;
          }
        } else {
          return false;
        }
      }
    }
    ChartQuery chart = new ChartQuery(kind, by == null ? ChartBy.RATING : by,
        limit < 0 ? ChartQuery.DEFAULT_LIMIT : limit);
    return answer(response, chart, charts::getChart, chartBytes, ChartJson.class, ChartJson::of);
  }

  /** A limit written as the digits of 1..100 without a sign or leading zero, else -1. */
  private static int plainLimit(String text) {
    int length = text.length();
    if (length == 0 || length > 3 || text.charAt(0) == '0') {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= ChartQuery.MAX_LIMIT ? value : -1;
  }

  /**
   * Reads {@code query}, renders it and writes the answer; {@code false} when the read failed in any
   * way (an unknown item, say), which Jersey then answers from the start.
   */
  private <Q, S, W> boolean answer(HttpServletResponse response, Q query, Function<Q, S> read,
                                   RenderedJson rendered, Class<W> type, Function<? super S, ? extends W> toWire)
      throws IOException {
    byte[] json;
    String source;
    DataSourceHeader.begin();
    try {
      S result = read.apply(query);
      json = rendered.bytes(result, null, type, toWire);
    } catch (RuntimeException e) {
      LOG.debug("{} left to the resource: {}", query, e.toString());
      return false;
    } finally {
      source = DataSourceHeader.end();
    }
    answered.mark();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(JSON);
    response.setHeader(HttpHeaders.VARY, CallerVary.ALL_HEADERS);
    response.setHeader(DataSourceHeader.HEADER, source);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
    return true;
  }
}
