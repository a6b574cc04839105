package dev.cadenza.adapters.rest.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.codahale.metrics.Meter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.ReadSource;
import io.dropwizard.jersey.jackson.JacksonMessageBodyProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What {@link PublicReads} answers itself and what it leaves to Jersey. That its answers are the
 * resources' answers is checked through the whole service (RatingsEndToEndTest in bootstrap).
 */
class PublicReadsTest {

  private static final UUID SONG = UUID.fromString("01a24e8e-1af2-7483-96bf-d1b7206275c4");

  private final List<CatalogItem> likeReads = new ArrayList<>();
  private final List<ChartQuery> chartReads = new ArrayList<>();
  private final Meter answered = new Meter();
  private ReadSource reported;
  private boolean unknownItems;

  private final PublicReads filter = new PublicReads(
      (actor, item) -> {
        assertThat(actor).isEqualTo(Actor.anonymous());
        likeReads.add(item);
        if (unknownItems) {
          throw new NotFoundException(item.kind().wireName(), item.id().toString());
        }
        if (reported != null) {
          DataSourceHeader.record(reported);
        }
        return new Engagement(new ItemStats(item, ItemStats.none(item).rating(), 7), Optional.empty());
      },
      query -> {
        chartReads.add(query);
        CatalogItem item = new CatalogItem(query.kind(), SONG);
        return new Chart(query.kind(), query.by(), 3,
            List.of(new ChartEntry(1, new ItemStats(item, ItemStats.none(item).rating(), 4), "Feeling Good", null)));
      },
      writers(), answered);

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonWriters writers() {
    Providers providers = mock(Providers.class);
    MessageBodyWriter json = new JacksonMessageBodyProvider(new ObjectMapper());
    when(providers.getMessageBodyWriter(any(), any(), any(), any())).thenReturn(json);
    return JsonWriters.of(providers);
  }

  /** One request through the filter and what came of it. */
  private final class Exchange {
    final HttpServletRequest request = mock(HttpServletRequest.class);
    final HttpServletResponse response = mock(HttpServletResponse.class);
    final FilterChain chain = mock(FilterChain.class);
    final Map<String, String> headers = new HashMap<>();
    final Map<String, List<String>> extraHeaders = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Exchange(String method, String path, String query) throws Exception {
      when(request.getMethod()).thenReturn(method);
      when(request.getRequestURI()).thenReturn(path);
      when(request.getQueryString()).thenReturn(query);
      when(request.getHeader(anyString())).thenAnswer(call -> headers.get(call.<String>getArgument(0)));
      when(request.getHeaders(anyString())).thenAnswer(call -> {
        String name = call.getArgument(0);
        List<String> values = new ArrayList<>();
        if (headers.containsKey(name)) {
          values.add(headers.get(name));
        }
        values.addAll(extraHeaders.getOrDefault(name, List.of()));
        return Collections.enumeration(values);
      });
      when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void write(int b) {
          body.write(b);
        }
      });
    }

    Exchange header(String name, String value) {
      if (headers.containsKey(name)) {
        extraHeaders.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    Exchange run() throws Exception {
      filter.doFilter(request, response, chain);
      return this;
    }

    boolean answeredHere() throws Exception {
      verify(chain, never()).doFilter(any(), any());
      return true;
    }

    void passedOn() throws Exception {
      verify(chain).doFilter(request, response);
      verify(response, never()).setStatus(org.mockito.ArgumentMatchers.anyInt());
      verify(response, never()).getOutputStream();
      assertThat(body.size()).isZero();
    }

    String text() {
      return body.toString(StandardCharsets.UTF_8);
    }
  }

  private Exchange get(String path, String query) throws Exception {
    return new Exchange("GET", path, query);
  }

  @Test
  void anAnonymousLikeCountIsAnsweredWithTheResourcesHeaders() throws Exception {
    Exchange exchange = get("/api/v1/songs/" + SONG + "/likes", null).header("Content-Length", "0").run();

    assertThat(exchange.answeredHere()).isTrue();
    assertThat(exchange.text()).isEqualTo("{\"count\":7}");
    verify(exchange.response).setStatus(200);
    verify(exchange.response).setContentType("application/json");
    verify(exchange.response).setHeader("Vary", "Authorization, X-API-Key, Accept-Encoding");
    verify(exchange.response).setHeader(DataSourceHeader.HEADER, "database");
    verify(exchange.response).setContentLength(11);
    assertThat(likeReads).containsExactly(new CatalogItem(ItemKind.SONG, SONG));
    assertThat(answered.getCount()).isEqualTo(1);
  }

  @Test
  void aCountTheCacheServedSaysSoAndAlbumsAreCountedToo() throws Exception {
    reported = ReadSource.CACHE;
    Exchange exchange = get("/api/v1/albums/" + SONG + "/likes", null).header("Accept", "*/*").run();

    assertThat(exchange.answeredHere()).isTrue();
    verify(exchange.response).setHeader(DataSourceHeader.HEADER, "cache");
    assertThat(likeReads).containsExactly(new CatalogItem(ItemKind.ALBUM, SONG));
  }

  @Test
  void chartsTakeByInAnyCaseAndAPlainLimit() throws Exception {
    get("/api/v1/charts/songs", null).header("Accept", "application/json").run().answeredHere();
    get("/api/v1/charts/albums", "by=LIKES&limit=5").run().answeredHere();
    Exchange last = get("/api/v1/charts/songs", "limit=100&by=rating").run();

    assertThat(last.answeredHere()).isTrue();
    assertThat(chartReads).containsExactly(new ChartQuery(ItemKind.SONG, ChartBy.RATING, 20),
        new ChartQuery(ItemKind.ALBUM, ChartBy.LIKES, 5), new ChartQuery(ItemKind.SONG, ChartBy.RATING, 100));
    assertThat(last.text()).startsWith("{\"type\":\"songs\",\"by\":\"rating\",\"minimumRatings\":3,\"items\":[{\"rank\":1,"
        + "\"id\":\"" + SONG + "\",\"title\":\"Feeling Good\",\"performer\":null");
    assertThat(answered.getCount()).isEqualTo(3);
  }

  @Test
  void everyOtherFormOfTheseRequestsIsLeftToJersey() throws Exception {
    String likes = "/api/v1/songs/" + SONG + "/likes";
    List<Exchange> leftAlone = List.of(
        new Exchange("HEAD", likes, null),
        new Exchange("POST", likes, null),
        get(likes, null).header("Authorization", "Bearer abc"),
        get(likes, null).header("Authorization", ""),
        get(likes, null).header("X-API-Key", "k"),
        get(likes, null).header("Accept", "text/html"),
        get(likes, null).header("Accept", "application/json;q=0.5"),
        get(likes, null).header("Accept", "*/*").header("Accept", "application/json;q=0"),
        get(likes, null).header("If-None-Match", "\"1\""),
        get(likes, null).header("Content-Length", "2"),
        get(likes, null).header("Content-Length", "00"),
        get(likes, null).header("Transfer-Encoding", "chunked"),
        get(likes, null).header("Content-Encoding", "gzip"),
        get(likes, null).header("X-Forwarded-Proto", "https"),
        get(likes, ""),
        get(likes, "access_token=abc"),
        get(likes + "/", null),
        get("/api/v1/songs/" + SONG.toString().substring(1) + "x/likes", null),
        get("/api/v1/songs/%30" + SONG.toString().substring(3) + "/likes", null),
        get("/api/v1/songs/" + SONG + ";a=b/likes", null),
        get("/api/v1/playlists/" + SONG + "/likes", null),
        get("/api/v1/charts/songs/", null),
        get("/api/v1/charts/artists", null),
        get("/api/v1/charts/songs", ""),
        get("/api/v1/charts/songs", "by=rating&by=likes"),
        get("/api/v1/charts/songs", "limit=5&limit=6"),
        get("/api/v1/charts/songs", "by="),
        get("/api/v1/charts/songs", "by=stars"),
        get("/api/v1/charts/songs", "by=rat%69ng"),
        get("/api/v1/charts/songs", "limit=0"),
        get("/api/v1/charts/songs", "limit=101"),
        get("/api/v1/charts/songs", "limit=007"),
        get("/api/v1/charts/songs", "limit=-5"),
        get("/api/v1/charts/songs", "limit=+5"),
        get("/api/v1/charts/songs", "limit=1000"),
        get("/api/v1/charts/songs", "limit"),
        get("/api/v1/charts/songs", "by=rating&"),
        get("/api/v1/charts/songs", "top=5"));
    for (Exchange exchange : leftAlone) {
      exchange.run().passedOn();
    }
    assertThat(answered.getCount()).isZero();
    assertThat(chartReads).isEmpty();
    assertThat(likeReads).isEmpty();
  }

  @Test
  void aReadThatFailsIsAskedAgainByTheResourceWhichAnswersTheProblem() throws Exception {
    unknownItems = true;
    Exchange exchange = get("/api/v1/songs/" + SONG + "/likes", null).run();

    exchange.passedOn();
    verify(exchange.response, never()).setHeader(eq(DataSourceHeader.HEADER), anyString());
    assertThat(likeReads).hasSize(1);
    assertThat(answered.getCount()).isZero();
  }
}
